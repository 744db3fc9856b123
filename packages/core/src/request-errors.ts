import { DolfinError } from './errors.js';

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
  ) {
    super(`${method} ${path} got no response${attemptsNote(attempts)}: ${reason}`);
  }
}

/** No response headers arrived within the client's `timeout` (per attempt). */
export class DolfinTimeoutError extends DolfinConnectionError {
  override name = 'DolfinTimeoutError';
  constructor(
    method: string,
    path: string,
    attempts: number,
    /** The per-attempt timeout that ran out, in milliseconds. */
    readonly timeout: number,
  ) {
    super(method, path, attempts, undefined, `timed out after ${timeout} ms`);
  }
}

/** The caller's `signal` aborted the request, while it was in flight or waiting to be retried. Never retried. */
export class DolfinAbortError extends DolfinError {
  override name = 'DolfinAbortError';
  constructor(
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} ${path} was aborted by its signal`);
  }
}

function attemptsNote(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} attempts` : '';
}

/** The `path` of request errors: always the concrete path without the query, whatever middleware or logger is set. */
export function errorPathOf(request: Request): string {
  return new URL(request.url).pathname;
}
