import { DolfinCredentialError, type DolfinError, isDolfinError } from '../errors.js';
import { redactSecret, safeCause } from '../redact.js';
import { abortErrorFor, DolfinConnectionError, DolfinTimeoutError, errorPathOf } from '../request-errors.js';
import { requestIdOf } from '../request-id.js';
import { deadline, untilAborted } from './abortable-wait.js';
import { AttemptFailure, type FetchFunction, sendAttempt } from './attempt.js';
import type { Credential } from './credential.js';
import { logSafely, type RequestLog, routeOf } from './request-log.js';
import { isForApi, mayBeAborted } from './request-marks.js';
import { guardBody } from './response-body.js';
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
    const backoff = timeout === setup.timeout ? setup : { ...setup, timeout };
    // The credential goes to the API origin only, even when a call overrides baseUrl.
    const authorizer = credential !== undefined && isForApi(request, apiPrefix) ? credential : undefined;
    const abortable = mayBeAborted(request);
    let canRenew = authorizer?.renew !== undefined;
    let retries = 0;

    for (let attempt = 1; ; attempt++) {
      // A body can be read once: send a clone while another attempt may follow, the original on the last one.
      const sent = request.body !== null && (retries < maxRetries || canRenew) ? request.clone() : request;
      const started = logger ? performance.now() : 0;
      const { outcome, used, release } = await sendAttempt(fetch, sent, timeout, abortable, authorizer);
      // fetch has copied the headers by now: take the secret back off the request openapi-fetch (and so its
      // middleware) holds. Cheaper than sending a copy on every call.
      if (authorizer?.header && sent === request) request.headers.delete(authorizer.header);
      const durationMs = logger ? performance.now() - started : 0;

      if (outcome instanceof AttemptFailure) {
        const delay =
          retries < maxRetries && !outcome.beforeSending && isRetryableFailure(request.method, outcome)
            ? retryDelay(retries + 1, undefined, backoff)
            : undefined;
        if (logger) logSafely(logger, entry(request, attempt, durationMs, undefined, outcome.kind, delay));
        if (delay === undefined)
          throw failureError(request, outcome, attempt, timeout, used, authorizer?.option);
        retries++;
        await pause(request, delay);
        continue;
      }

      if (outcome.status === 401 && canRenew && used !== undefined) {
        canRenew = false;
        if (await renewed(authorizer as Credential, used, request, timeout, abortable, attempt)) {
          if (logger) logSafely(logger, entry(request, attempt, durationMs, outcome, undefined, 0));
          release();
          discard(outcome);
          continue;
        }
      }
      const delay =
        retries < maxRetries && isRetryableResponse(request.method, outcome)
          ? retryDelay(retries + 1, outcome, backoff)
          : undefined;
      if (logger) logSafely(logger, entry(request, attempt, durationMs, outcome, undefined, delay));
      if (delay === undefined) return guardBody(outcome, request, attempt, used);
      retries++;
      release();
      discard(outcome);
      await pause(request, delay);
    }
  };
}

/**
 * Asks the credential for a new secret after a 401, waiting no longer than one attempt's `timeout` and only while
 * the caller's signal allows. A renewal that fails is the app's code failing: a `DolfinCredentialError`.
 */
async function renewed(
  credential: Credential,
  used: string,
  request: Request,
  timeout: number,
  abortable: boolean,
  attempts: number,
): Promise<boolean> {
  const bound = deadline(timeout, abortable ? request.signal : undefined);
  try {
    return await untilAborted(
      (async () => (credential.renew as NonNullable<Credential['renew']>)(used))(),
      bound.signal,
    );
  } catch (error) {
    if (request.signal.aborted) throw abortErrorFor(request);
    if (bound.timedOut())
      throw new DolfinTimeoutError(request.method, errorPathOf(request), attempts, timeout, 'credential');
    throw credentialError(error, used);
  } finally {
    bound.release();
  }
}

/** Waits before the next attempt; the caller's signal cuts the wait short and ends the request. */
async function pause(request: Request, delay: number): Promise<void> {
  if (!(await sleep(delay, request.signal))) throw abortErrorFor(request);
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
  option: string | undefined,
): DolfinError {
  const path = errorPathOf(request);
  if (failure.kind === 'aborted') return abortErrorFor(request);
  if (failure.kind === 'timeout') {
    return new DolfinTimeoutError(
      request.method,
      path,
      attempts,
      timeout,
      failure.beforeSending ? 'credential' : 'response',
    );
  }
  if (failure.kind === 'credential') return credentialError(failure.error, secret, option);
  // The platform's message is quoted: make sure it cannot carry the credential along.
  const reason = redactSecret(failure.detail, secret);
  return new DolfinConnectionError(request.method, path, attempts, failure.code, reason, {
    cause: safeCause(failure.error, secret),
  });
}

/** What the app's credential code threw, as our error (ours, such as a refused header, pass as they are). */
function credentialError(error: unknown, secret: string | undefined, option = 'credential'): DolfinError {
  return isDolfinError(error)
    ? error
    : new DolfinCredentialError(option, `${option} failed`, { cause: safeCause(error, secret) });
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
