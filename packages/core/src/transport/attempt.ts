import type { Failure } from './retry-decision.js';

/** What the transport calls: any fetch (the platform's, or one the app passes in). */
export type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

/** An attempt that got no response: how it failed, and for a connection failure the platform's words for it. */
export class AttemptFailure implements Failure {
  constructor(
    readonly kind: Failure['kind'],
    readonly code?: string,
    readonly detail = '',
  ) {}
}

/**
 * Sends one attempt under its own timeout, which covers the wait for the response headers. When `abortable`, the
 * caller's signal (on `request`) still aborts it, the body download included.
 */
export async function sendAttempt(
  fetch: FetchFunction,
  request: Request,
  timeout: number,
  abortable: boolean,
  redirect?: RequestRedirect,
): Promise<Response | AttemptFailure> {
  const signal = abortable ? request.signal : undefined;
  if (signal?.aborted) return new AttemptFailure('aborted');
  const controller = new AbortController();
  // A request's signal belongs to that request alone, so this listener is collected with it.
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    return await fetch(
      request,
      redirect ? { signal: controller.signal, redirect } : { signal: controller.signal },
    );
  } catch (error) {
    if (signal?.aborted) return new AttemptFailure('aborted');
    if (timedOut) return new AttemptFailure('timeout');
    return connectionFailure(error);
  } finally {
    clearTimeout(timer);
  }
}

/** The innermost code and message of a fetch error (`TypeError: fetch failed` wraps the socket error in `cause`). */
function connectionFailure(error: unknown): AttemptFailure {
  let code: string | undefined;
  let detail = 'network error';
  let current = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    if (typeof current.code === 'string') code = current.code;
    if (typeof current.message === 'string' && current.message) detail = current.message;
    current = current.cause as typeof current;
  }
  return new AttemptFailure('connection', code, detail);
}
