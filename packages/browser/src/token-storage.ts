import { DolfinOptionError } from '@dolfinai/core';

/** Where the client keeps the session token: in memory (gone on reload), or in this tab's `sessionStorage`. */
export type TokenStorage = 'memory' | 'sessionStorage';

/** The sessionStorage key of the token; `readStoredToken` reads it back. */
const STORAGE_KEY = 'dolfin.session-token';

/** Where a token the client starts with or renews is written, so a reload can pick it up. */
export interface TokenStore {
  save(token: string): void;
  clear(): void;
}

/** The store for a `storage` option; none for memory. `localStorage` is deliberately not an option. */
export function tokenStore(storage: TokenStorage): TokenStore | undefined {
  if (storage === 'memory') return undefined;
  if (storage !== 'sessionStorage') {
    throw new DolfinOptionError(
      'storage',
      `storage must be 'memory' or 'sessionStorage', got "${String(storage)}"`,
    );
  }
  const session = sessionStorageOrUndefined();
  if (!session)
    throw new DolfinOptionError('storage', 'storage is sessionStorage, which is not available here');
  return {
    save: (token) => session.setItem(STORAGE_KEY, token),
    clear: () => session.removeItem(STORAGE_KEY),
  };
}

/**
 * The token a client created with `storage: 'sessionStorage'` kept in this tab, for picking the session up again
 * after a reload. Undefined when there is none (or storage is blocked).
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
