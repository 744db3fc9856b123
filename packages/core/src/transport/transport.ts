import type { DolfinError } from '../errors.js';
import { redactSecret } from '../redact.js';
import {
  DolfinAbortError,
  DolfinConnectionError,
  DolfinTimeoutError,
  errorPathOf,
} from '../request-errors.js';
import { requestIdOf } from '../request-id.js';
import { unlessAborted } from './abortable-wait.js';
import { AttemptFailure, type FetchFunction, sendAttempt } from './attempt.js';
import type { Credential } from './credential.js';
import { logSafely, type RequestLog, routeOf } from './request-log.js';
import { isForApi, mayBeAborted } from './request-marks.js';
import { isRetryableFailure, isRetryableResponse } from './retry-decision.js';
import { retryDelay } from './retry-delay.js';
import { checkMaxRetries, checkTimeout, type RequestControls, type TransportSettings } from './settings.js';
import { sleep } from './sleep.js';

export interface TransportSetup extends TransportSettings {
  fetch: FetchFunction;
  /** The API origin followed by `/` (`https://api.dolfinai.co/`): the credential goes to these URLs only. */
  apiPrefix: string;
  credential: Credential | undefined;
}

/**
 * The fetch openapi-fetch calls: it adds the credential, gives each attempt its own timeout, retries what is safe
 * to retry, re-sends once after a renewed credential, and logs each attempt. Middleware cannot do this: it sees a
 * request once and cannot send it again.
 */
export function createTransport(setup: TransportSetup): (request: Request) => Promise<Response> {
  const { fetch, credential, logger, apiPrefix } = setup;

  return async function send(request: Request): Promise<Response> {
    // openapi-fetch copies init keys the Request does not know onto it: that is how per-call controls arrive.
    const controls = request as Request & RequestControls;
    const maxRetries =
      controls.maxRetries === undefined ? setup.maxRetries : checkMaxRetries(controls.maxRetries);
    const timeout = controls.timeout === undefined ? setup.timeout : checkTimeout(controls.timeout);
    // The credential goes to the API origin only, even when a call overrides baseUrl.
    const authorizer = credential !== undefined && isForApi(request, apiPrefix) ? credential : undefined;
    const abortable = mayBeAborted(request);
    let canRenew = authorizer?.renew !== undefined;
    let retries = 0;

    for (let attempt = 1; ; attempt++) {
      // A body can be read once: send a clone while another attempt may follow, the original on the last one.
      const sent = request.body !== null && (retries < maxRetries || canRenew) ? request.clone() : request;
      const applied = authorizer?.apply(sent);
      const used = typeof applied === 'object' ? await unlessAborted(applied, request) : applied;
      const started = logger ? performance.now() : 0;
      // A redirect is not followed with the credential on: fetch would carry it to wherever the server points.
      const result = await sendAttempt(fetch, sent, timeout, abortable, authorizer ? 'manual' : undefined);
      // fetch has copied the headers by now: take the secret back off the request openapi-fetch (and so its
      // middleware) holds. Cheaper than sending a clone on every call.
      if (authorizer && sent === request) request.headers.delete(authorizer.header);
      const durationMs = logger ? performance.now() - started : 0;

      if (result instanceof AttemptFailure) {
        const delay =
          retries < maxRetries && isRetryableFailure(request.method, result)
            ? retryDelay(retries + 1, undefined, setup)
            : undefined;
        if (logger) logSafely(logger, entry(request, attempt, durationMs, undefined, result.kind, delay));
        if (delay === undefined) throw failureError(request, result, attempt, timeout, used);
        retries++;
        await pause(request, delay);
        continue;
      }

      if (result.status === 401 && canRenew && used !== undefined) {
        canRenew = false;
        const renewal = authorizer?.renew?.(used);
        if (renewal && (await unlessAborted(renewal, request))) {
          if (logger) logSafely(logger, entry(request, attempt, durationMs, result, undefined, 0));
          discard(result);
          continue;
        }
      }
      const delay =
        retries < maxRetries && isRetryableResponse(request.method, result)
          ? retryDelay(retries + 1, result, setup)
          : undefined;
      if (logger) logSafely(logger, entry(request, attempt, durationMs, result, undefined, delay));
      if (delay === undefined) return result;
      retries++;
      discard(result);
      await pause(request, delay);
    }
  };
}

/** Waits before the next attempt; the caller's signal cuts the wait short and ends the request. */
async function pause(request: Request, delay: number): Promise<void> {
  if (!(await sleep(delay, request.signal))) throw new DolfinAbortError(request.method, errorPathOf(request));
}

/** Frees the connection of a response nobody will read. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function failureError(
  request: Request,
  failure: AttemptFailure,
  attempts: number,
  timeout: number,
  secret: string | undefined,
): DolfinError {
  const path = errorPathOf(request);
  if (failure.kind === 'aborted') return new DolfinAbortError(request.method, path);
  if (failure.kind === 'timeout') return new DolfinTimeoutError(request.method, path, attempts, timeout);
  // The platform's message is quoted: make sure it cannot carry the credential along.
  const reason = redactSecret(failure.detail, secret);
  return new DolfinConnectionError(request.method, path, attempts, failure.code, reason);
}

function entry(
  request: Request,
  attempt: number,
  durationMs: number,
  response: Response | undefined,
  failure: AttemptFailure['kind'] | undefined,
  retryInMs: number | undefined,
): RequestLog {
  return {
    method: request.method,
    path: routeOf(request),
    attempt,
    status: response?.status,
    durationMs,
    requestId: response && requestIdOf(response),
    failure,
    retryInMs,
  };
}
