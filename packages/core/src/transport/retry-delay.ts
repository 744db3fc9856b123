import type { TransportSettings } from './settings.js';

type Backoff = Pick<TransportSettings, 'initialDelay' | 'maxDelay' | 'maxRetryAfter'>;

/**
 * Milliseconds to wait before retry number `retry` (1 for the first): the response's `Retry-After` when it has a
 * usable one, else exponential backoff with jitter. `undefined` when `Retry-After` asks for longer than
 * `maxRetryAfter`: then the caller gets the response instead of a retry.
 */
export function retryDelay(
  retry: number,
  response: Response | undefined,
  backoff: Backoff,
  random: () => number = Math.random,
): number | undefined {
  const header = response?.headers.get('retry-after');
  const asked = header ? retryAfterMs(header, Date.now()) : undefined;
  if (asked !== undefined) return asked <= backoff.maxRetryAfter ? asked : undefined;
  const exponential = Math.min(backoff.initialDelay * 2 ** (retry - 1), backoff.maxDelay);
  // Up to 25 % less, so clients that failed together do not all come back at the same instant.
  return exponential * (1 - random() * 0.25);
}

/** A `Retry-After` value (delay-seconds or an HTTP date) in milliseconds from `now`; undefined when unreadable. */
export function retryAfterMs(header: string, now: number): number | undefined {
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Every HTTP date format names its month; without the check Date.parse would take "-1" for a year.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
