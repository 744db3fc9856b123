import { DolfinOptionError } from '@dolfinai/core';

/**
 * Where the client keeps a copy of the session token besides memory, so a reload can pick it up: written when the
 * client starts and on every renewal, cleared when a renewal is refused. `sessionTokenStorage()` is the one the
 * SDK offers; there is deliberately none for `localStorage`.
 */
export interface TokenStorage {
  save(token: string): void;
  clear(): void;
}

/** The sessionStorage key of the token; `readStoredToken` reads it back. */
const STORAGE_KEY = 'dolfin.session-token';

/**
 * Keeps the token in this tab's `sessionStorage` (gone when the tab closes), for the client's `storage` option.
 * Throws a `DolfinOptionError` where sessionStorage is not available (blocked, or not a browser).
 * @example createBrowserClient({ token, storage: sessionTokenStorage() })
 */
export function sessionTokenStorage(): TokenStorage {
  const session = sessionStorageOrUndefined();
  if (!session) throw new DolfinOptionError('storage', 'sessionStorage is not available here');
  return {
    save: (token) => session.setItem(STORAGE_KEY, token),
    clear: () => session.removeItem(STORAGE_KEY),
  };
}

/**
 * The token a client created with `storage: sessionTokenStorage()` kept in this tab, for picking the session up
 * again after a reload. Undefined when there is none (or storage is blocked).
 * @example const token = readStoredToken() ?? (await exchangeCode(code)).token;
 */
export function readStoredToken(): string | undefined {
  return sessionStorageOrUndefined()?.getItem(STORAGE_KEY) ?? undefined;
}

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    // Reading it throws where the browser blocks storage (sandboxed frames, storage disabled).
    return undefined;
  }
}
