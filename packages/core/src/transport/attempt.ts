import { DolfinCredentialError, type DolfinError, isDolfinError } from '../errors.js';
import { redactSecret, safeCause } from '../redact.js';
import { abortErrorFor, DolfinConnectionError, DolfinTimeoutError, errorPathOf } from '../request-errors.js';
import type { Credential } from './credential.js';
import { Deadline } from './deadline.js';
import type { Failure } from './retry-decision.js';

/** What the transport calls: any fetch (the platform's, or one the app passes in). */
export type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

/** An attempt that got no response: the error it ends with, and what the retry decision and the log read. */
export class AttemptFailure implements Failure {
  constructor(
    readonly kind: Failure['kind'],
    readonly error: DolfinError,
    readonly sent: boolean,
    readonly code?: string,
  ) {}
}

/** One attempt: its response or failure, the secret it carried, and its bound. */
export interface Attempt {
  outcome: Response | AttemptFailure;
  /** The secret the credential set on the request, when one was set. */
  used: string | undefined;
  /**
   * The attempt's bound, while the caller's signal still reaches it: released when its response is discarded; a
   * response handed on keeps it, so the caller's signal can still abort the download of the body.
   */
  bound: Deadline | undefined;
}

/** Attempt `number` of `request`, under its own `timeout`, which the caller's signal (`caller`) may cut short. */
export interface AttemptSetup {
  number: number;
  timeout: number;
  caller: AbortSignal | undefined;
  credential: Credential | undefined;
}

/**
 * Sends one attempt under its own timeout, which covers the wait for the credential and for the response headers.
 * The caller's signal still aborts it, the body download included. The SDK never follows a redirect, which would
 * carry the credential, or an auth code in the body, to wherever a server points: `redirect: 'manual'` is on the
 * Request itself (see `markingRequest`), so a fetch that forwards only the Request (`(request) =>
 * globalThis.fetch(request)`) honours it too. Such a fetch drops the attempt's signal (it travels in fetch's
 * second argument, as copying every Request to carry it would cost more than the rest of the transport): the
 * attempt still ends at its timeout, though the abandoned request then runs on until the server answers.
 */
export async function sendAttempt(
  fetch: FetchFunction,
  request: Request,
  setup: AttemptSetup,
): Promise<Attempt> {
  const { caller, credential } = setup;
  let used: string | undefined;
  if (caller?.aborted) {
    return { outcome: new AttemptFailure('aborted', abortErrorFor(request), false), used, bound: undefined };
  }
  const bound = new Deadline(setup.timeout, caller);
  let sending = false;
  try {
    // A Request a middleware built may still follow redirects: only that one is copied.
    const attempt = request.redirect === 'manual' ? request : new Request(request, MANUAL);
    if (credential) {
      const applied = credential.apply(attempt);
      used = typeof applied === 'string' ? applied : await bound.race(applied);
    }
    sending = true;
    const response = await bound.race(fetch(attempt, { signal: bound.signal, redirect: 'manual' }));
    return { outcome: response, used, bound };
  } catch (error) {
    bound.release();
    return { outcome: attemptFailure(error, request, bound, setup, used, sending), used, bound: undefined };
  } finally {
    bound.end();
  }
}

const MANUAL: RequestInit = { redirect: 'manual' };

/**
 * How an attempt, or a wait for the app's credential code (`apply`, or a renewal after a 401; `sending` false),
 * ended without a response: the caller aborted, the attempt's time ran out, the connection failed, or the
 * credential code failed (a `DolfinCredentialError`, unless it threw one of ours, which is passed on as it is but
 * still counts as the credential's failure: nothing was sent).
 */
export function attemptFailure(
  error: unknown,
  request: Request,
  bound: Deadline,
  setup: AttemptSetup,
  secret: string | undefined,
  sending: boolean,
): AttemptFailure {
  if (setup.caller?.aborted) return new AttemptFailure('aborted', abortErrorFor(request), sending);
  const path = errorPathOf(request);
  if (bound.timedOut) {
    const waitingFor = sending ? 'response' : 'credential';
    const timeout = new DolfinTimeoutError(request.method, path, setup.number, setup.timeout, waitingFor);
    return new AttemptFailure('timeout', timeout, sending);
  }
  if (sending) {
    const { code, detail } = failureDetails(error);
    // The platform's message is quoted: make sure it cannot carry the credential along.
    const reason = redactSecret(detail, secret);
    const cause = safeCause(error, secret);
    const failed = new DolfinConnectionError(request.method, path, setup.number, code, reason, { cause });
    return new AttemptFailure('connection', failed, true, code);
  }
  const option = setup.credential?.option ?? 'credential';
  const failed = isDolfinError(error)
    ? error
    : new DolfinCredentialError(option, `${option} failed`, { cause: safeCause(error, secret) });
  return new AttemptFailure('credential', failed, false);
}

/** The innermost code and message of a fetch error (`TypeError: fetch failed` wraps the socket error in `cause`). */
export function failureDetails(error: unknown): { code: string | undefined; detail: string } {
  let code: string | undefined;
  let detail = 'network error';
  let current = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    if (typeof current.code === 'string') code = current.code;
    if (typeof current.message === 'string' && current.message) detail = current.message;
    current = current.cause as typeof current;
  }
  return { code, detail };
}
