/**
 * A secret (API key, bearer token, auth code) shortened so a log shows which one it was, never enough to use it:
 * its first four characters and its length.
 */
export function maskSecret(secret: string): string {
  return secret.length <= 8 ? `[${secret.length} chars]` : `${secret.slice(0, 4)}…[${secret.length} chars]`;
}

/** `text` without `secret`: for messages that quote what another component said. */
export function redactSecret(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

/**
 * `value` (a parsed body: strings, arrays, objects) with every occurrence of `secret` in its strings replaced, for
 * a server that echoes the credential it was sent back into its error. Returns `value` itself when nothing changed.
 */
export function redactDeep<T>(value: T, secret: string | undefined, depth = 0): T {
  if (!secret) return value;
  if (typeof value === 'string') return redactSecret(value, secret) as T;
  if (typeof value !== 'object' || value === null || depth > 16) return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secret, depth + 1)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    copy[redactSecret(key, secret)] = redactDeep(item, secret, depth + 1);
  return copy as T;
}

/**
 * The secret each response was requested with, so the errors built from it later (by `unwrap`, `paginate`…) can
 * keep it out of what they quote. A WeakMap: nothing about the secret is reachable from the response itself.
 */
const secretByResponse = new WeakMap<Response, string>();

export function rememberSecret(response: Response, secret: string | undefined): void {
  if (secret) secretByResponse.set(response, secret);
}

export function secretOf(response: Response): string | undefined {
  return secretByResponse.get(response);
}

/**
 * An error to keep as a `cause`, unless its message, stack or own causes quote `secret` (a custom fetch or hook
 * that puts the credential in its error): then a plain error with the message redacted stands in for it.
 */
export function safeCause(error: unknown, secret: string | undefined): unknown {
  if (!secret) return error;
  let current = error as { message?: unknown; stack?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    for (const text of [current.message, current.stack]) {
      if (typeof text === 'string' && text.includes(secret)) {
        const message = (error as { message?: unknown }).message;
        return new Error(redactSecret(typeof message === 'string' ? message : 'error', secret));
      }
    }
    current = current.cause as typeof current;
  }
  return error;
}
