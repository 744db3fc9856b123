import { DolfinOptionError } from './errors.js';

export const DEFAULT_BASE_URL = 'https://api.dolfinai.co';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API origin (plus any path prefix) without a trailing slash; absolute http(s) URLs only. */
export function resolveBaseUrl(value: string | undefined): string {
  if (value === undefined) return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DolfinOptionError('baseUrl', `baseUrl must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DolfinOptionError('baseUrl', `baseUrl must use http or https, got "${url.protocol}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new DolfinOptionError('baseUrl', 'baseUrl must not carry a query, fragment or credentials');
  }
  return url.href.replace(/\/+$/, '');
}

/** An organisation id (a UUID), or undefined when the client is not bound to one. */
export function checkOrganisationId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw new DolfinOptionError('organisationId', `organisationId must be a UUID, got "${String(value)}"`);
  }
  return value;
}

/** A credential (API key, token, auth code): a non-empty string. The value never appears in the message. */
export function checkSecret(option: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DolfinOptionError(option, `${option} is required and must be a non-empty string`);
  }
  return value;
}
