import { DolfinCredentialError, DolfinOptionError } from '@dolfinai/core';
import {
  API_KEY_HEADER,
  AUTHORIZATION_HEADER,
  type Credential,
  isSecretText,
  providedSecret,
} from '@dolfinai/core/internal';
import { expiresWithin, readTokenExpiry } from './token-expiry.js';
import type { TokenStorage } from './token-storage.js';

/**
 * What a token hook may answer: a new token to use from now on, or nothing (`undefined`, or no return at all) to
 * keep the current one; or a promise of either.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: hooks that only redirect or log return nothing, typed void.
export type TokenRenewal = string | undefined | void | Promise<string | undefined | void>;

/** The `token` option as a function: called before each request, for a token the app keeps and rotates itself. */
export type TokenProvider = () => string | Promise<string>;

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
 * `onTokenExpiring` still running; requests sent meanwhile wait for the answers, and go on with whatever token is
 * then current even when the hook failed: only requests that got the 401 get its failure.
 *
 * Hooks cannot make loops: a token a hook hands back that is the one just refused counts as no token, and one
 * that is already expiring is not asked about again. With `initial` a function, it is called before each request,
 * and a value it had not given before becomes the current token.
 */
export function bearerCredential(initial: string | TokenProvider, hooks: TokenHooks): Credential {
  let token = '';
  let authorization = '';
  let expiresAt: Date | undefined;
  let refreshing: Promise<unknown> | undefined;
  let recovering: Promise<boolean> | undefined;
  let refusedToken: string | undefined;
  const provider = typeof initial === 'function' ? initial : undefined;
  let provided: string | undefined;
  if (typeof initial === 'string') use(initial);

  function use(next: string) {
    token = next;
    authorization = `Bearer ${next}`;
    expiresAt = readTokenExpiry(next);
    hooks.store?.save(next);
  }

  function authorize(request: Request): string {
    request.headers.set(AUTHORIZATION_HEADER, authorization);
    return token;
  }

  /** Runs `hook` and takes the token it gives; true when it gave a new one (anything else is a no). */
  async function askFor(hook: () => TokenRenewal): Promise<boolean> {
    const fresh = await hook();
    if (!isSecretText(fresh) || fresh === token) return false;
    use(fresh);
    // Already expiring when handed over: asking onTokenExpiring about it again would only loop.
    if (expiresWithin(expiresAt, hooks.expirySkewSeconds)) expiresAt = undefined;
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
    let renewed = false;
    try {
      renewed = await askFor(onUnauthorized);
    } catch (error) {
      refuse(used);
      throw new DolfinCredentialError('onUnauthorized', 'onUnauthorized failed', { cause: error });
    }
    if (!renewed) refuse(used);
    return renewed;
  }

  function refuse(used: string) {
    refusedToken = used;
    hooks.store?.clear();
  }

  /** The provider's token, taken as current when it is one it had not given before. */
  async function provide(request: Request, from: TokenProvider): Promise<string> {
    const value = providedSecret('token', await from());
    if (value !== provided) {
      provided = value;
      if (value !== token) use(value);
    }
    return prepared(request);
  }

  function prepared(request: Request): string | Promise<string> {
    const { onTokenExpiring } = hooks;
    if (onTokenExpiring && !refreshing && expiresWithin(expiresAt, hooks.expirySkewSeconds)) {
      const event = { expiresAt: expiresAt as Date };
      expiresAt = undefined; // once per token
      refresh(onTokenExpiring, event);
    }
    const pending = recovering ?? refreshing;
    // Waiting requests go on whatever the renewal's outcome: its failure belongs to the requests that got a 401.
    return pending ? pending.then(ignore, ignore).then(() => authorize(request)) : authorize(request);
  }

  return {
    header: AUTHORIZATION_HEADER,
    option: 'token',
    apply(request) {
      if (request.headers.has(API_KEY_HEADER)) {
        throw new DolfinOptionError(
          'headers',
          `The browser client never sends ${API_KEY_HEADER}; API keys stay on your server`,
        );
      }
      return provider ? provide(request, provider) : prepared(request);
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

function ignore(): void {}
