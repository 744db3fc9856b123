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
 * `value` (a parsed JSON body) with every occurrence of `secret` in it replaced, for a server that echoes the
 * credential it was sent back into its error. Returns `value` itself when the secret is not in it.
 */
export function redactDeep<T>(value: T, secret: string | undefined): T {
  const json = JSON.stringify(value);
  // Secrets are visible ASCII: in JSON text they read as themselves, with `"` and `\` escaped.
  const quoted = secret && JSON.stringify(secret).slice(1, -1);
  return quoted && json?.includes(quoted) ? JSON.parse(redactSecret(json, quoted)) : value;
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
 * An error to keep as a `cause`, unless its message or stack quotes `secret` (a custom fetch or hook that puts the
 * credential in its error): then a plain error with the message redacted stands in for it.
 */
export function safeCause(error: unknown, secret: string | undefined): unknown {
  const { message, stack } = (error ?? {}) as { message?: unknown; stack?: unknown };
  return secret && `${message}${stack}`.includes(secret)
    ? new Error(redactSecret(String(message), secret))
    : error;
}
