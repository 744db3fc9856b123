/** An unsigned JWT-shaped token with these claims: enough for reading `exp`, which is all the client does. */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** Seconds since the epoch, `offset` seconds from now, as JWT claims count time. */
export function epochSeconds(offset: number): number {
  return Math.floor(Date.now() / 1000) + offset;
}
