import { deadline, untilAborted } from './abortable-wait.js';
import type { Credential } from './credential.js';
import type { Failure } from './retry-decision.js';

/** What the transport calls: any fetch (the platform's, or one the app passes in). */
export type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

/** An attempt that got no response: how it failed, and for a connection failure the platform's words for it. */
export class AttemptFailure implements Failure {
  constructor(
    readonly kind: Failure['kind'],
    readonly code?: string,
    readonly detail = '',
    /** What was thrown: the platform's error, or the app's for a credential that failed. */
    readonly error?: unknown,
    /** For a timeout: whether it ran out while the credential was awaited (nothing was sent). */
    readonly beforeSending = false,
  ) {}
}

/** One attempt: its response or failure, the secret it carried, and how to let go of it. */
export interface Attempt {
  outcome: Response | AttemptFailure;
  /** The secret the credential set on the request, when one was set. */
  used: string | undefined;
  /**
   * Stops the caller's signal from reaching this attempt. Called when its response is discarded; a response
   * handed on keeps it, so the caller's signal can still abort the download of the body.
   */
  release(): void;
}

/**
 * Sends one attempt under its own timeout, which covers the wait for the credential and for the response headers.
 * When `abortable`, the caller's signal (on `request`) still aborts it, the body download included. The SDK never
 * follows a redirect, which would carry the credential, or an auth code in the body, to wherever a server points:
 * `redirect: 'manual'` is on the Request itself (see `markingRequest`), so a fetch that forwards only the Request
 * (`(request) => globalThis.fetch(request)`) honours it too. Such a fetch drops the attempt's signal (it travels in
 * fetch's second argument, as copying every Request to carry it would cost more than the rest of the transport):
 * the attempt still ends at its timeout, though the abandoned request then runs on until the server answers.
 */
export async function sendAttempt(
  fetch: FetchFunction,
  request: Request,
  timeout: number,
  abortable: boolean,
  credential: Credential | undefined,
): Promise<Attempt> {
  const caller = abortable ? request.signal : undefined;
  let used: string | undefined;
  if (caller?.aborted) return { outcome: new AttemptFailure('aborted'), used, release: noop };
  const bound = deadline(timeout, caller);
  const release = bound.release;
  let sending = false;
  try {
    // A Request a middleware built may still follow redirects: only that one is copied.
    const attempt = request.redirect === 'manual' ? request : new Request(request, MANUAL);
    if (credential) {
      const applied = credential.apply(attempt);
      used = typeof applied === 'string' ? applied : await untilAborted(applied, bound.signal);
    }
    sending = true;
    const { signal } = bound;
    return {
      outcome: await untilAborted(fetch(attempt, { signal, redirect: 'manual' }), signal),
      used,
      release,
    };
  } catch (error) {
    release();
    let failure: AttemptFailure;
    if (caller?.aborted) failure = new AttemptFailure('aborted');
    else if (bound.timedOut()) failure = new AttemptFailure('timeout', undefined, '', undefined, !sending);
    else if (!sending) failure = new AttemptFailure('credential', undefined, '', error);
    else failure = connectionFailure(error);
    return { outcome: failure, used, release };
  } finally {
    bound.end();
  }
}

const MANUAL: RequestInit = { redirect: 'manual' };

function noop(): void {}

/** The innermost code and message of a fetch error (`TypeError: fetch failed` wraps the socket error in `cause`). */
export function connectionFailure(error: unknown): AttemptFailure {
  let code: string | undefined;
  let detail = 'network error';
  let current = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    if (typeof current.code === 'string') code = current.code;
    if (typeof current.message === 'string' && current.message) detail = current.message;
    current = current.cause as typeof current;
  }
  return new AttemptFailure('connection', code, detail, error);
}
