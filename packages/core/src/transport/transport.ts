import { abortErrorFor } from '../request-errors.js';
import { requestIdOf } from '../request-id.js';
import {
  AttemptFailure,
  type AttemptSetup,
  attemptFailure,
  type FetchFunction,
  sendAttempt,
} from './attempt.js';
import type { Credential } from './credential.js';
import { Deadline, sleep } from './deadline.js';
import { logSafely, type RequestLog, routeOf } from './request-log.js';
import { isForApi, mayBeAborted } from './request-marks.js';
import { guardBody } from './response-body.js';
import { isRetryableFailure, isRetryableResponse } from './retry-decision.js';
import { retryDelay } from './retry-delay.js';
import { checkMaxRetries, checkTimeout, type RequestControls, type TransportSettings } from './settings.js';

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
    const attempt: AttemptSetup = {
      number: 1,
      timeout,
      caller: mayBeAborted(request) ? request.signal : undefined,
      // The credential goes to the API origin only, even when a call overrides baseUrl.
      credential: credential !== undefined && isForApi(request, apiPrefix) ? credential : undefined,
    };
    const authorizer = attempt.credential;
    let canRenew = authorizer?.renew !== undefined;
    let retries = 0;

    for (; ; attempt.number++) {
      // A body can be read once: send a clone while another attempt may follow, the original on the last one.
      const sent = request.body !== null && (retries < maxRetries || canRenew) ? request.clone() : request;
      const started = logger ? performance.now() : 0;
      const { outcome, used, bound } = await sendAttempt(fetch, sent, attempt);
      // fetch has copied the headers by now: take the secret back off the request openapi-fetch (and so its
      // middleware) holds. Cheaper than sending a copy on every call.
      if (authorizer?.header && sent === request) request.headers.delete(authorizer.header);
      const durationMs = logger ? performance.now() - started : 0;
      const log = logger
        ? (retryInMs: number | undefined) =>
            logSafely(logger, entry(request, attempt.number, durationMs, outcome, retryInMs))
        : undefined;

      if (outcome instanceof AttemptFailure) {
        const delay =
          retries < maxRetries && isRetryableFailure(request.method, outcome)
            ? retryDelay(retries + 1, undefined, backoff)
            : undefined;
        log?.(delay);
        if (delay === undefined) throw outcome.error;
        retries++;
        await pause(request, delay, attempt.caller);
        continue;
      }

      if (outcome.status === 401 && canRenew && used !== undefined) {
        canRenew = false;
        if (await renewed(authorizer as Credential, used, request, attempt)) {
          log?.(0);
          bound?.release();
          discard(outcome);
          continue;
        }
      }
      const delay =
        retries < maxRetries && isRetryableResponse(request.method, outcome)
          ? retryDelay(retries + 1, outcome, backoff)
          : undefined;
      log?.(delay);
      if (delay === undefined) return guardBody(outcome, { request, attempts: attempt.number, secret: used });
      retries++;
      bound?.release();
      discard(outcome);
      await pause(request, delay, attempt.caller);
    }
  };
}

/**
 * Asks the credential for a new secret after a 401, waiting no longer than one attempt's `timeout` and only while
 * the caller's signal allows. A renewal that fails is the app's code failing: a `DolfinCredentialError`.
 */
async function renewed(credential: Credential, used: string, request: Request, attempt: AttemptSetup) {
  const bound = new Deadline(attempt.timeout, attempt.caller);
  try {
    return await bound.race((async () => (credential.renew as NonNullable<Credential['renew']>)(used))());
  } catch (error) {
    throw attemptFailure(error, request, bound, attempt, used, false).error;
  } finally {
    bound.release();
  }
}

/** Waits before the next attempt; the caller's signal cuts the wait short and ends the request. */
async function pause(request: Request, delay: number, caller: AbortSignal | undefined): Promise<void> {
  if (!(await sleep(delay, caller))) throw abortErrorFor(request);
}

/** Frees the connection of a response nobody will read. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function entry(
  request: Request,
  attempt: number,
  durationMs: number,
  outcome: Response | AttemptFailure,
  retryInMs: number | undefined,
): RequestLog {
  const response = outcome instanceof AttemptFailure ? undefined : outcome;
  return {
    method: request.method,
    path: routeOf(request),
    attempt,
    status: response?.status,
    durationMs,
    requestId: response && requestIdOf(response),
    failure: response ? undefined : (outcome as AttemptFailure).kind,
    retryInMs,
  };
}
