import { serverDelayMs } from './retry-delay.js';

/**
 * Which failed attempts may be sent again. The Dolfin API has no idempotency key, so a request that writes is only
 * re-sent when the server cannot have acted on it; a read may be re-sent after any transient failure.
 */

/** Methods that only read: sending one twice has no effect beyond sending it once. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Connection failures that happen before any byte of the request leaves: the server never saw it. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** How an attempt without a response failed. `code` is the system error code when the platform gives one. */
export interface Failure {
  /** `'credential'`: the app's credential failed before anything was sent (never retried: it is the app's fault). */
  kind: 'connection' | 'timeout' | 'aborted' | 'credential';
  code?: string | undefined;
  /** Whether the request reached fetch: not when it failed, or timed out, waiting for its credential. */
  sent: boolean;
}

/**
 * 408 and 429 say the server refused the request before acting on it, and so does 503 when it names a time to come
 * back (a `Retry-After` or `retry-after-ms` that parses): a gateway's own 503 for a failed upstream carries none.
 * Any other 5xx may come after the work was done (a crash while answering, a gateway timeout), so only reads are
 * retried. On any 4xx or 5xx, the server's own `x-should-retry` decides: `false` is never retried, `true` is, even
 * a write, because only the server knows it did not act (the header Stainless-built APIs send).
 */
export function isRetryableResponse(method: string, response: Response): boolean {
  const { status } = response;
  if (status < 400) return false;
  const hint = response.headers.get('x-should-retry');
  if (hint === 'false') return false;
  if (hint === 'true') return true;
  if (status === 408 || status === 429) return true;
  if (status === 503 && serverDelayMs(response, Date.now()) !== undefined) return true;
  return status >= 500 && READ_METHODS.has(method);
}

/**
 * A refused connection or a failed DNS lookup never reached the server; a reset, a closed socket or a timeout may
 * have come after it read the request. Browsers do not say which (`TypeError: Failed to fetch`), so there only
 * reads are retried. A caller's abort, and an attempt that was never sent (its credential failed or its wait timed
 * out), are never retried.
 */
export function isRetryableFailure(method: string, failure: Failure): boolean {
  if (!failure.sent || failure.kind === 'aborted') return false;
  if (READ_METHODS.has(method)) return true;
  return failure.kind === 'connection' && failure.code !== undefined && NOT_SENT_CODES.has(failure.code);
}
