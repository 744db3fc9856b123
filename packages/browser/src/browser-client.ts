import {
  type ClientFor,
  type DolfinClient,
  DolfinOptionError,
  type FetchFunction,
  type OrganisationClient,
  type TransportOptions,
} from '@dolfinai/core';
import { checkFunction, checkNumber, checkSecret, createDolfinClient } from '@dolfinai/core/internal';
import { bearerCredential, type TokenProvider, type TokenRenewal } from './bearer-credential.js';
import { DEFAULT_EXPIRY_SKEW_SECONDS } from './token-expiry.js';
import type { TokenStorage } from './token-storage.js';

export interface BrowserClientOptions extends TransportOptions {
  /**
   * The session token from `exchangeCode` (`Authorization: Bearer`), sent to the API origin only; or a function
   * returning it (or a promise of it), called before each request, for a token your app keeps and rotates. Its
   * wait counts against `timeout`; if it throws or gives no token, the request fails unsent with a
   * `DolfinCredentialError` (`option: 'token'`).
   * @example createBrowserClient({ token: () => session.token })
   */
  token: string | TokenProvider;
  /** Organisation sent as `x-dolfin-organisation-id` on every request; a per-request header overrides it. */
  organisationId?: string;
  /** API origin. @default 'https://api.dolfinai.co' */
  baseUrl?: string;
  /** The fetch to use: any fetch, including one that takes only the `Request`. @default globalThis.fetch */
  fetch?: FetchFunction;
  /**
   * Headers sent on every request; a call's own header of the same name wins. The API's CORS policy must allow
   * each of them. They cannot set the token or the organisation header (use `token` and `organisationId`).
   */
  headers?: Record<string, string>;
  /**
   * How many seconds before the token's `exp` it counts as expiring (the `exp` claim is read as a hint only).
   * @default 60
   */
  expirySkewSeconds?: number;
  /**
   * Called before the first request made once the token is expiring, once per token. Return a new token to send
   * it from then on (requests wait for it), or nothing to go on with the current one.
   * @example onTokenExpiring: async () => (await fetch('/session/renew').then((r) => r.json())).token
   */
  onTokenExpiring?: (event: { expiresAt: Date }) => TokenRenewal;
  /**
   * Called when the API answers 401. Return a new token and the failed request is sent again once with it;
   * return nothing and the 401 comes back. Many requests failing together make one call.
   * @example onUnauthorized: () => { location.assign('/login'); }
   */
  onUnauthorized?: () => TokenRenewal;
  /**
   * Where the token is kept besides memory: `sessionTokenStorage()` also keeps it in this tab's `sessionStorage`
   * (read it back after a reload with `readStoredToken`). Left out, the token lives in memory only. There is no
   * `localStorage` option: every script of the origin could read the token there, for good.
   * @default undefined (memory only)
   * @example createBrowserClient({ token, storage: sessionTokenStorage() })
   */
  storage?: TokenStorage;
}

/** The client's type: with an `organisationId`, the organisation header is optional on every call. */
export type BrowserClient<Options extends BrowserClientOptions = BrowserClientOptions> = ClientFor<Options>;

/**
 * A typed client for the user's browser: every request to the API origin carries the session token as a bearer
 * token, and the organisation header when an organisation is set. It refuses to send an API key.
 * @example
 * const session = await exchangeCode(code);
 * const dolfin = createBrowserClient({ token: session.token, organisationId: session.organisations[0].organisationId });
 * const { data } = await dolfin.GET('/invoices');
 */
export function createBrowserClient(
  options: BrowserClientOptions & { organisationId: string },
): OrganisationClient;
export function createBrowserClient(options: BrowserClientOptions): DolfinClient;
export function createBrowserClient(options: BrowserClientOptions): DolfinClient | OrganisationClient {
  if (typeof options !== 'object' || options === null) {
    throw new DolfinOptionError('options', 'createBrowserClient needs an options object with a token');
  }
  const {
    token,
    expirySkewSeconds = DEFAULT_EXPIRY_SKEW_SECONDS,
    onTokenExpiring,
    onUnauthorized,
    storage,
    ...setup
  } = options;
  checkFunction('onTokenExpiring', onTokenExpiring);
  checkFunction('onUnauthorized', onUnauthorized);
  if (storage !== undefined && typeof storage?.save !== 'function') {
    throw new DolfinOptionError(
      'storage',
      'storage must be a TokenStorage such as sessionTokenStorage(), or left out to keep the token in memory only',
    );
  }
  const credential = bearerCredential(typeof token === 'function' ? token : checkSecret('token', token), {
    expirySkewSeconds: checkNumber('expirySkewSeconds', expirySkewSeconds, 0, Number.MAX_SAFE_INTEGER),
    onTokenExpiring,
    onUnauthorized,
    store: storage,
  });
  return createDolfinClient({ ...setup, credential });
}
