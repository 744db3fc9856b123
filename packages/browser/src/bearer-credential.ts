import { DolfinOptionError } from '@dolfinai/core';
import { API_KEY_HEADER, type Credential, isSecretText } from '@dolfinai/core/internal';
import { expiresWithin, readTokenExpiry } from './token-expiry.js';
import type { TokenStorage } from './token-storage.js';

/**
 * What a token hook may answer: a new token to use from now on, or nothing (`undefined`, or no return at all) to
 * keep the current one; or a promise of either.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: hooks that only redirect or log return nothing, typed void.
export type TokenRenewal = string | undefined | void | Promise<string | undefined | void>;

export interface TokenHooks {
  expirySkewSeconds: number;
  onTokenExpiring: ((event: { expiresAt: Date }) => TokenRenewal) | undefined;
  onUnauthorized: (() => TokenRenewal) | undefined;
  store: TokenStorage | undefined;
}

/**
 * The session token as a credential. Its `exp` is a hint: within `expirySkewSeconds` of it, the next request first
 * asks `onTokenExpiring` (once per token; if it fails, the current token, still valid, is used). A 401 asks
 * `onUnauthorized` for a new token, once for any number of requests that failed with the same token, after any
 * `onTokenExpiring` still running; requests sent meanwhile wait for the answers.
 */
export function bearerCredential(initial: string, hooks: TokenHooks): Credential {
  let token = '';
  let authorization = '';
  let expiresAt: Date | undefined;
  let refreshing: Promise<unknown> | undefined;
  let recovering: Promise<boolean> | undefined;
  let refusedToken: string | undefined;
  use(initial);

  function use(next: string) {
    token = next;
    authorization = `Bearer ${next}`;
    expiresAt = readTokenExpiry(next);
    hooks.store?.save(next);
  }

  function authorize(request: Request): string {
    request.headers.set('authorization', authorization);
    return token;
  }

  /** Runs `hook` and takes the token it gives; true when it gave one (anything else is a no). */
  async function askFor(hook: () => TokenRenewal): Promise<boolean> {
    const fresh = await hook();
    if (!isSecretText(fresh)) return false;
    use(fresh);
    return true;
  }

  function refresh(onTokenExpiring: NonNullable<TokenHooks['onTokenExpiring']>, event: { expiresAt: Date }) {
    // A failed refresh is not the request's failure: the current token is still valid within the skew.
    refreshing = askFor(() => onTokenExpiring(event))
      .catch(() => false)
      .finally(() => {
        refreshing = undefined;
      });
  }

  /** One `onUnauthorized` at a time; a token refused with `used` is not asked about again. */
  async function recover(onUnauthorized: () => TokenRenewal, used: string): Promise<boolean> {
    await refreshing;
    if (token !== used) return true;
    const renewed = await askFor(onUnauthorized);
    if (!renewed) {
      refusedToken = used;
      hooks.store?.clear();
    }
    return renewed;
  }

  return {
    header: 'authorization',
    apply(request) {
      if (request.headers.has(API_KEY_HEADER)) {
        throw new DolfinOptionError(
          'headers',
          `The browser client never sends ${API_KEY_HEADER}; API keys stay on your server`,
        );
      }
      const { onTokenExpiring } = hooks;
      if (onTokenExpiring && !refreshing && expiresWithin(expiresAt, hooks.expirySkewSeconds)) {
        const event = { expiresAt: expiresAt as Date };
        expiresAt = undefined; // once per token
        refresh(onTokenExpiring, event);
      }
      const pending = recovering ?? refreshing;
      return pending ? pending.then(() => authorize(request)) : authorize(request);
    },
    renew(used) {
      // Another request renewed the token after this one left: just send it again.
      if (used !== token) return Promise.resolve(true);
      const { onUnauthorized } = hooks;
      if (!onUnauthorized || refusedToken === used) return Promise.resolve(false);
      recovering ??= recover(onUnauthorized, used).finally(() => {
        recovering = undefined;
      });
      return recovering;
    },
  };
}
