import { type TransportOptions, unwrap } from '@dolfinai/core';
import { checkSecret, createDolfinClient } from '@dolfinai/core/internal';
import type { Session } from '@dolfinai/types';

export interface ExchangeCodeOptions extends TransportOptions {
  /** API origin. @default 'https://api.dolfinai.co' */
  baseUrl?: string;
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/**
 * Swaps a short-lived auth code (minted by your backend with `POST /auth/codes`) for a session: a bearer token
 * valid for 8 hours and the user's organisations. Sends no credential. Throws a typed error when the code is
 * unknown, used or expired. The code is single-use, so the exchange is re-sent only when the API refused before
 * acting (429, 408, 503 with `Retry-After`) or never received it (connection refused).
 * @example const session = await exchangeCode(new URL(location.href).searchParams.get('code')!);
 */
export async function exchangeCode(code: string, options: ExchangeCodeOptions = {}): Promise<Session> {
  const body = { code: checkSecret('code', code) };
  return unwrap(createDolfinClient(options).POST('/auth/exchange', { body }));
}
