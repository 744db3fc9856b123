// Path templates of the spec as msw path patterns, in the order msw must try them.
import type { OperationData } from './spec-data.js';

/**
 * `/invoices/{id}` → `${baseUrl}/invoices/:id`; without a base URL, `*\/invoices/:id`, which matches the path
 * on any origin and under any base path.
 */
export function mswPath(template: string, baseUrl: string | undefined): string {
  const path = template.replace(/\{([^}]+)\}/g, ':$1');
  return baseUrl === undefined ? `*${path}` : `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * Operations ordered so that the first handler msw finds is the one Prism would pick: deeper paths first (so
 * `*\/credit-notes` cannot take `/invoices/1/credit-notes`), then, segment by segment, literals before parameters
 * (`/recurring-invoices/from-contract` before `/recurring-invoices/{id}`).
 */
export function byPrecedence(operations: readonly OperationData[]): OperationData[] {
  return [...operations].sort((a, b) => {
    const left = segments(a.path);
    const right = segments(b.path);
    if (left.length !== right.length) return right.length - left.length;
    for (let index = 0; index < left.length; index++) {
      const difference = Number(isParameter(left[index])) - Number(isParameter(right[index]));
      if (difference !== 0) return difference;
    }
    return 0;
  });
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function isParameter(segment: string | undefined): boolean {
  return segment?.startsWith('{') === true;
}
