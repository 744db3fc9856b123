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
