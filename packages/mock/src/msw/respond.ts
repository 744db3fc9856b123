// Turning a negotiated response into a fetch Response, and the problems Prism answers before any example.
import { HttpResponse } from 'msw';
import { declaredResponse, fromExample, type MockResponse } from './negotiate.js';
import type { OperationData, SpecData } from './spec-data.js';
import type { FieldError } from './validate.js';

export function toResponse({ status, mediaType, body, headers }: MockResponse): Response {
  if (mediaType === undefined || body === undefined) return new HttpResponse(null, { status, headers });
  const text = mediaType.includes('json') ? JSON.stringify(body) : String(body);
  return new HttpResponse(text, { status, headers: { ...headers, 'content-type': mediaType } });
}

/** The operation's 401 with its documented example, or Prism's own 401 problem when it declares none. */
export function unauthorised(spec: SpecData, operation: OperationData, accept: string | null): MockResponse {
  const documented = operation.responses['401'] && declaredResponse(spec, operation, '401');
  if (documented) return fromExample(401, documented, undefined, accept);
  return {
    status: 401,
    mediaType: 'application/problem+json',
    body: {
      type: 'https://stoplight.io/prism/errors#UNAUTHORIZED',
      title: 'Invalid security scheme used',
      status: 401,
      detail:
        'Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you.',
    },
    headers: {},
  };
}

/**
 * The validation problem: the status Prism picks (422, else 400) with the documented example's `type` and
 * `title`, and `detail` and `errors` describing this request's actual faults (Prism repeats the example's
 * canned text; naming the real fields is what the spec's ValidationFailed response promises).
 */
export function invalid(
  spec: SpecData,
  operation: OperationData,
  errors: readonly FieldError[],
  accept: string | null,
): MockResponse {
  const errorsByField: Record<string, string[]> = {};
  for (const { field, message } of errors) errorsByField[field] = [...(errorsByField[field] ?? []), message];
  const detail = errors.map(({ message }) => message).join(' ');
  for (const status of ['422', '400']) {
    const documented = operation.responses[status] && declaredResponse(spec, operation, status);
    if (!documented) continue;
    const example = fromExample(Number(status), documented, undefined, accept);
    const base = typeof example.body === 'object' && example.body !== null ? example.body : {};
    return {
      ...example,
      mediaType: example.mediaType ?? 'application/problem+json',
      body: { ...base, status: Number(status), detail, errors: errorsByField },
    };
  }
  return {
    status: 422,
    mediaType: 'application/problem+json',
    body: {
      type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
      title: 'Invalid request',
      status: 422,
      detail,
      errors: errorsByField,
    },
    headers: {},
  };
}
