import { type Credential, DolfinOptionError } from '@dolfinai/core';
import { readTokenExpiry } from './token-expiry.js';
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

const API_KEY_HEADER = 'x-dolfin-api-key';

/**
 * The session token as a credential. Its `exp` is a hint: within `expirySkewSeconds` of it, the next request first
 * asks `onTokenExpiring` (once per token). A 401 asks `onUnauthorized` for a new token, once for any number of
 * requests that failed with the same token; requests sent meanwhile wait for the answer.
 */
export function bearerCredential(initial: string, hooks: TokenHooks): Credential {
  let token = '';
  let authorization = '';
  let expiresAt: Date | undefined;
  let renewal: Promise<boolean> | undefined;
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

  /** Runs `hook` unless a renewal is already running, and takes the token it gives. */
  function renewWith(hook: () => TokenRenewal): Promise<boolean> {
    renewal ??= Promise.resolve()
      .then(hook)
      .then((fresh) => {
        if (typeof fresh !== 'string' || fresh.trim() === '') return false;
        use(fresh);
        return true;
      })
      .finally(() => {
        renewal = undefined;
      });
    return renewal;
  }

  return {
    apply(request) {
      if (request.headers.has(API_KEY_HEADER)) {
        throw new DolfinOptionError(
          'headers',
          `The browser client never sends ${API_KEY_HEADER}; API keys stay on your server`,
        );
      }
      const { onTokenExpiring } = hooks;
      if (
        onTokenExpiring &&
        expiresAt &&
        Date.now() >= expiresAt.getTime() - hooks.expirySkewSeconds * 1000
      ) {
        const event = { expiresAt };
        expiresAt = undefined; // once per token
        renewWith(() => onTokenExpiring(event));
      }
      return renewal ? renewal.then(() => authorize(request)) : authorize(request);
    },
    renew(used) {
      // Another request renewed the token after this one left: just send it again.
      if (used !== token) return Promise.resolve(true);
      const { onUnauthorized } = hooks;
      if (!onUnauthorized || refusedToken === used) return Promise.resolve(false);
      return renewWith(onUnauthorized).then((renewed) => {
        if (!renewed) {
          refusedToken = used;
          hooks.store?.clear();
        }
        return renewed;
      });
    },
  };
}
