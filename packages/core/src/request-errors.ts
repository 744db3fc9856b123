import { causeOption, DolfinError } from './errors.js';

/**
 * No response arrived: the connection was refused, reset or closed, or the host was not found. `code` is the
 * system error code when the platform gives one (`ECONNREFUSED`, `ECONNRESET`…); browsers give none.
 */
export class DolfinConnectionError extends DolfinError {
  override name = 'DolfinConnectionError';
  constructor(
    /** `GET`, `POST`… */
    readonly method: string,
    /** The path, without the query. */
    readonly path: string,
    /** How many attempts were made. */
    readonly attempts: number,
    readonly code: string | undefined,
    reason: string,
    /** `cause`: the platform's error, when there is one. */
    options?: ErrorOptions,
  ) {
    super(`${method} ${path} got no response${attemptsNote(attempts)}: ${reason}`, options);
  }
}

/**
 * No response headers arrived within the client's `timeout` (per attempt), counting the wait for the credential
 * (an `apiKey`/`token` function, a token hook): `waitingFor` says when that wait was the one that ran out.
 */
export class DolfinTimeoutError extends DolfinConnectionError {
  override name = 'DolfinTimeoutError';
  constructor(
    method: string,
    path: string,
    attempts: number,
    /** The per-attempt timeout that ran out, in milliseconds. */
    readonly timeout: number,
    /** What the attempt was still waiting for: `'response'` (the headers) or `'credential'` (the app's code). */
    readonly waitingFor: 'response' | 'credential' = 'response',
  ) {
    super(
      method,
      path,
      attempts,
      undefined,
      `timed out after ${timeout} ms${waitingFor === 'credential' ? ' waiting for the credential' : ''}`,
    );
  }
}

/**
 * The caller's `signal` aborted the request: in flight, while its body was read, while it waited for the credential
 * or to be retried. Never retried. `cause` is the signal's reason (an `AbortError`, or a `TimeoutError` from
 * `AbortSignal.timeout`).
 */
export class DolfinAbortError extends DolfinError {
  override name = 'DolfinAbortError';
  constructor(
    readonly method: string,
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(`${method} ${path} was aborted by its signal`, options);
  }
}

/** The abort error of `request`, its signal's reason as the cause. */
export function abortErrorFor(request: Request): DolfinAbortError {
  const { reason } = request.signal;
  return new DolfinAbortError(request.method, errorPathOf(request), causeOption(reason));
}

function attemptsNote(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} attempts` : '';
}

/** The `path` of request errors: always the concrete path without the query, whatever middleware or logger is set. */
export function errorPathOf(request: Request): string {
  return new URL(request.url).pathname;
}
