import { DolfinOptionError, type TransportOptions, unwrap } from '@dolfinai/core';
import { type Credential, checkSecret, createDolfinClient } from '@dolfinai/core/internal';
import type { Session } from '@dolfinai/types';

export interface ExchangeCodeOptions extends TransportOptions {
  /** API origin. @default 'https://api.dolfinai.co' */
  baseUrl?: string;
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Aborts the exchange (and any wait before a retry) with a `DolfinAbortError`. */
  signal?: AbortSignal;
  /**
   * Extra headers (tracing, a correlation id). They cannot replace the JSON `Content-Type` or add a credential:
   * `Content-Type`, `Authorization`, `Cookie` and `x-dolfin-api-key` throw a `DolfinOptionError`.
   * @example exchangeCode(code, { headers: { 'x-request-id': crypto.randomUUID() } })
   */
  headers?: Record<string, string>;
}

/**
 * Swaps a short-lived auth code (minted by your backend with `POST /auth/codes`) for a session: a bearer token
 * valid for 8 hours and the user's organisations. Sends no credential, and never follows a redirect (which would
 * carry the code elsewhere): a 3xx is a `RedirectError`. Throws a typed error when the code is unknown, used or
 * expired; the code is redacted from it should the server quote it. The code is single-use, so the exchange is
 * re-sent only when the API refused before acting (429, 408, 503 with `Retry-After`) or never received it
 * (connection refused).
 * @example const session = await exchangeCode(new URL(location.href).searchParams.get('code')!);
 */
export async function exchangeCode(code: string, options: ExchangeCodeOptions = {}): Promise<Session> {
  const body = { code: checkSecret('code', code) };
  const { signal, headers, ...setup } = options;
  // Its body's type, and anything that is a credential, the exchange does not take from the caller.
  for (const name in headers) {
    if (/^(content-type|authorization|cookie|x-dolfin-api-key)$/i.test(name)) {
      throw new DolfinOptionError('headers', `exchangeCode cannot send ${name} from headers`);
    }
  }
  const client = createDolfinClient({ ...setup, credential: codeInBody(body.code) });
  return unwrap(client.POST('/auth/exchange', { body, signal, headers }));
}

/**
 * The code as the request's secret, although it travels in the body and no header carries it: the transport then
 * redacts it from every error about this request (an echoing server, a platform message quoting the body).
 */
function codeInBody(code: string): Credential {
  return { apply: () => code };
}
