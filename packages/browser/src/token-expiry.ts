/**
 * The `exp` claim of a JWT as a date, or undefined when the token is not a JWT or has no numeric `exp`. The
 * signature is not checked: the expiry is a hint for planning a renewal, the API stays the judge.
 * @example readTokenExpiry(session.token)?.toISOString()
 */
export function readTokenExpiry(token: string): Date | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const exp = (claims as { exp?: unknown } | null)?.exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the token's `exp` is less than `skewSeconds` away (or past). A token without a readable `exp` is never
 * reported expired: only the API can say.
 * @example if (isTokenExpired(token)) token = await renewSession();
 */
export function isTokenExpired(token: string, skewSeconds = DEFAULT_EXPIRY_SKEW_SECONDS): boolean {
  return expiresWithin(readTokenExpiry(token), skewSeconds);
}

/** How early a token counts as expired, in seconds, unless the app says otherwise. */
export const DEFAULT_EXPIRY_SKEW_SECONDS = 60;

/** True when `expiry` is less than `skewSeconds` away (or past); false when there is none. */
export function expiresWithin(expiry: Date | undefined, skewSeconds: number): boolean {
  return expiry !== undefined && Date.now() >= expiry.getTime() - skewSeconds * 1000;
}
