import { DolfinOptionError } from '../errors.js';
import type { RequestLogger } from './request-log.js';

/** How a client retries, times out and logs. Every field is optional; the defaults are in `TRANSPORT_DEFAULTS`. */
export interface TransportOptions {
  /**
   * How many times a failed attempt is retried: after a connection error, a timeout, 408, 429 or a 5xx. A request
   * that writes (POST, PUT, PATCH, DELETE) is only re-sent when the server cannot have acted on it (429, 408, 503
   * with `Retry-After`, a connection refused); see the root README's "Retries, timeouts and errors" section. At most 10. A call overrides it
   * with its own `maxRetries`.
   * @default 2
   * @example createServerClient({ apiKey, maxRetries: 0 }).GET('/industries', { maxRetries: 5 })
   */
  maxRetries?: number;
  /**
   * Milliseconds one attempt may wait for its credential (an `apiKey`/`token` function, a token hook) and the
   * response headers before it is aborted with a `DolfinTimeoutError` (and retried, if it only reads and was
   * sent). Each attempt gets the full time, and no wait between attempts is longer. A call overrides it with its
   * own `timeout`. It does not bound the download of the body: pass a `signal` (for example
   * `AbortSignal.timeout(ms)`) to bound a whole call, body included.
   * @default 60000
   * @example createServerClient({ apiKey, timeout: 10_000 }).GET('/industries', { signal: AbortSignal.timeout(30_000) })
   */
  timeout?: number;
  /** The wait between attempts. */
  backoff?: BackoffOptions;
  /**
   * Called once per attempt with its method, route, status, duration, attempt number and request id; never with a
   * credential, a header or a body. An exception it throws, or a promise it returns that rejects (an async log
   * shipper), is swallowed, so it cannot fail a request or crash the process.
   * @example createServerClient({ apiKey, logger: (entry) => console.log(JSON.stringify(entry)) })
   */
  logger?: RequestLogger;
}

export interface BackoffOptions {
  /** Milliseconds before the first retry, doubled for each later one, less up to 25 % random jitter. @default 500 */
  initialDelay?: number;
  /** The longest backoff between two attempts, in milliseconds. @default 8000 */
  maxDelay?: number;
  /**
   * The longest `retry-after-ms` or `Retry-After` (seconds or an HTTP date) the client waits for, in milliseconds
   * (and never longer than `timeout`). A server that asks for longer ends the retries: its response is returned.
   * @default 60000
   */
  maxRetryAfter?: number;
}

/** What a single call may override, next to openapi-fetch's own options. */
export interface RequestControls {
  /** Retries for this call only. @default the client's `maxRetries` */
  maxRetries?: number;
  /** Milliseconds per attempt for this call only. @default the client's `timeout` */
  timeout?: number;
}

export const TRANSPORT_DEFAULTS = {
  maxRetries: 2,
  timeout: 60_000,
  initialDelay: 500,
  maxDelay: 8_000,
  maxRetryAfter: 60_000,
} as const;

/** The options after checks and defaults: what the transport reads on every request. */
export interface TransportSettings {
  maxRetries: number;
  timeout: number;
  initialDelay: number;
  maxDelay: number;
  maxRetryAfter: number;
  logger: RequestLogger | undefined;
}

// setTimeout fires at once for anything longer than a signed 32-bit number of milliseconds.
const LONGEST_TIMER = 2_147_483_647;

export function resolveTransportOptions(options: TransportOptions): TransportSettings {
  const { backoff = {}, logger } = options;
  checkFunction('logger', logger);
  const delay = (option: keyof BackoffOptions) =>
    checkNumber(`backoff.${option}`, backoff[option] ?? TRANSPORT_DEFAULTS[option], 0, LONGEST_TIMER);
  return {
    maxRetries: checkMaxRetries(options.maxRetries ?? TRANSPORT_DEFAULTS.maxRetries),
    timeout: checkTimeout(options.timeout ?? TRANSPORT_DEFAULTS.timeout),
    initialDelay: delay('initialDelay'),
    maxDelay: delay('maxDelay'),
    maxRetryAfter: delay('maxRetryAfter'),
    logger,
  };
}

/** A whole number of retries from 0 to 10, so a retry loop always ends soon. */
export function checkMaxRetries(value: unknown): number {
  return checkNumber('maxRetries', Number.isInteger(value) ? value : Number.NaN, 0, 10);
}

export function checkTimeout(value: unknown): number {
  return checkNumber('timeout', value, 1, LONGEST_TIMER);
}

/** `value` when it is a number from `min` to `max`; else a `DolfinOptionError` naming `option`. */
export function checkNumber(option: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw new DolfinOptionError(option, `${option} must be a number from ${min} to ${max}`);
  }
  return value;
}

/** Nothing, or a function (a hook or a logger); else a `DolfinOptionError` naming `option`. */
export function checkFunction(option: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') {
    throw new DolfinOptionError(option, `${option} must be a function`);
  }
}
