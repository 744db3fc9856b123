import type { TransportSettings } from './settings.js';

type Backoff = Pick<TransportSettings, 'initialDelay' | 'maxDelay' | 'maxRetryAfter' | 'timeout'>;

/**
 * Milliseconds to wait before retry number `retry` (1 for the first): what the response asks for (`retry-after-ms`
 * or `Retry-After`) when it asks something readable, else exponential backoff with jitter. No wait is longer than
 * the attempt's `timeout`: `undefined` when the server asks for longer than that or than `maxRetryAfter`, and then
 * the caller gets the response instead of a retry.
 */
export function retryDelay(
  retry: number,
  response: Response | undefined,
  backoff: Backoff,
  random: () => number = Math.random,
): number | undefined {
  const asked = response && serverDelayMs(response, Date.now());
  if (asked !== undefined)
    return asked <= Math.min(backoff.maxRetryAfter, backoff.timeout) ? asked : undefined;
  const exponential = Math.min(backoff.initialDelay * 2 ** (retry - 1), backoff.maxDelay, backoff.timeout);
  // Up to 25 % less, so clients that failed together do not all come back at the same instant.
  return exponential * (1 - random() * 0.25);
}

/** The wait a response asks for, in milliseconds: `retry-after-ms` (as Stainless APIs send it), else `Retry-After`. */
export function serverDelayMs(response: Response, now: number): number | undefined {
  const { headers } = response;
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && DECIMAL.test(milliseconds.trim())) return Number(milliseconds);
  const header = headers.get('retry-after');
  return header === null ? undefined : retryAfterMs(header, now);
}

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * The three HTTP date formats RFC 9110 has a recipient accept (IMF-fixdate, RFC 850, asctime). Checked before
 * `Date.parse`, which reads almost anything as some date ("soon 1" is January 2001), and so as "retry now".
 */
const HTTP_DATE = /^[A-Z][a-z]{2}[a-z]*,? [\w -]+ \d\d:\d\d:\d\d (GMT|\d{4})$/;

/** A `Retry-After` value (delay-seconds or an HTTP date) in milliseconds from `now`; undefined when unreadable. */
export function retryAfterMs(header: string, now: number): number | undefined {
  const value = header.trim();
  if (DECIMAL.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  // asctime names no zone: it is GMT, which Date.parse must be told.
  const date = Date.parse(value.endsWith('GMT') ? value : `${value} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
