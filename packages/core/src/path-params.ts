import { DolfinError } from './errors.js';

/** A path parameter's value would leave its route (`..`, `.`) or is not a single non-empty value. */
export class DolfinPathError extends DolfinError {
  override name = 'DolfinPathError';
  constructor(
    /** The parameter's name in the route template (`organisationId`). */
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Fills the `{name}` placeholders of a route with percent-encoded values, so `/`, `?`, `#` and `%` stay inside
 * their segment. Refuses `.`, `..` and empty values, which URL parsing would turn into another route
 * (`/organisations/../users` is `/users`), and anything but a string or a number. Used as openapi-fetch's
 * `pathSerializer`, whose default lets `..` through.
 */
export function fillPath(template: string, params: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    const text = typeof value === 'string' || Number.isFinite(value) ? String(value) : '';
    if (text === '' || text === '.' || text === '..') {
      throw new DolfinPathError(
        name,
        `Path parameter "${name}" must be a string or number other than "", "." and ".."`,
      );
    }
    return encodeURIComponent(text);
  });
}
