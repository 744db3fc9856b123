import { DolfinOptionError } from './errors.js';
import { API_KEY_HEADER, AUTHORIZATION_HEADER, ORGANISATION_HEADER } from './headers.js';

export const DEFAULT_BASE_URL = 'https://api.dolfinai.co';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API origin (plus any path prefix) without a trailing slash; absolute http(s) URLs only. */
export function resolveBaseUrl(value: string | undefined): string {
  if (value === undefined) return DEFAULT_BASE_URL;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    // The value is never quoted: it may be a credential passed in the wrong option, or hold one.
    throw new DolfinOptionError(
      'baseUrl',
      `baseUrl must be an absolute http(s) URL without a query, fragment or credentials, got ${describe(value)}`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

/** What an invalid option value was, without its text: a secret passed in the wrong option must not surface. */
function describe(value: unknown): string {
  return typeof value === 'string' ? `a string of ${value.length} characters` : typeof value;
}

/** An organisation id (a UUID), or undefined when the client is not bound to one. */
export function checkOrganisationId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw new DolfinOptionError('organisationId', `organisationId must be a UUID, got ${describe(value)}`);
  }
  return value;
}

/** What a credential may hold: visible ASCII, so it fits in a header and cannot smuggle a line break into one. */
const SECRET_TEXT = /^[\x21-\x7e]+$/;

/**
 * A credential (API key, token, auth code): a non-empty string of visible ASCII characters (no spaces, line breaks
 * or controls, which `Headers` would reject while quoting the value). The value never appears in the message.
 */
export function checkSecret(option: string, value: unknown): string {
  if (!isSecretText(value)) {
    throw new DolfinOptionError(
      option,
      `${option} is required and must be a string of visible ASCII characters`,
    );
  }
  return value;
}

/** Whether `value` could be a credential: what `checkSecret` accepts. */
export function isSecretText(value: unknown): value is string {
  return typeof value === 'string' && SECRET_TEXT.test(value);
}

/** Headers that only the client sets: the credentials (`apiKey`, `token`) and the organisation (`organisationId`). */
const CLIENT_HEADERS = [API_KEY_HEADER, AUTHORIZATION_HEADER, ORGANISATION_HEADER];

/**
 * The client's default headers as a plain object: names and values `Headers` accepts (no line breaks), and none
 * the client sets itself. The error never quotes a value, which may be a secret passed in the wrong option.
 */
export function checkHeaders(value: unknown): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  let headers: Headers | undefined;
  try {
    headers = new Headers(value as HeadersInit);
  } catch {}
  const taken = CLIENT_HEADERS.find((name) => headers?.has(name));
  if (!headers || taken) {
    throw new DolfinOptionError(
      'headers',
      taken
        ? `headers cannot set ${taken}, which the client sets`
        : 'headers must map valid header names to values',
    );
  }
  return Object.fromEntries(headers);
}
