/**
 * The bound of one attempt, of one wait for the app's credential code, or of the pause before a retry: it ends
 * after `timeout` ms or when `caller` aborts, whichever comes first.
 */
export interface Deadline {
  /** Aborts when the deadline ends: what the fetch is given. */
  readonly signal: AbortSignal;
  /** Whether the time ran out (rather than the caller aborting). */
  timedOut(): boolean;
  /**
   * What `promise` settles to, unless the deadline ends first: then it rejects with the signal's reason (the
   * promise goes on, unobserved). For a fetch or a hook that does not watch the signal. One race at a time.
   */
  race<T>(promise: PromiseLike<T>): Promise<T>;
  /** Stops the timer; the caller's signal still aborts `signal` (it may be downloading a body handed on). */
  end(): void;
  /** Stops the timer and stops following the caller's signal. */
  release(): void;
}

export function deadline(timeout: number, caller: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  // The deadline settles a race itself: an abort listener per race would cost more than the rest of an attempt.
  let lose: ((reason: unknown) => void) | undefined;
  const stop = (reason?: unknown) => {
    controller.abort(reason);
    lose?.(signal.reason);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, timeout);
  const follow = () => stop(caller?.reason);
  if (caller?.aborted) follow();
  else caller?.addEventListener('abort', follow);
  const end = () => clearTimeout(timer);
  return {
    signal,
    timedOut: () => timedOut,
    race: (promise) =>
      new Promise((resolve, reject) => {
        lose = reject;
        if (signal.aborted) reject(signal.reason);
        promise.then(resolve, reject);
      }),
    end,
    release() {
      end();
      caller?.removeEventListener('abort', follow);
    },
  };
}

/** Waits `ms` milliseconds, or less when `caller` aborts first. Resolves to true when the whole wait passed. */
export async function sleep(ms: number, caller: AbortSignal | undefined): Promise<boolean> {
  const wait = deadline(ms, caller);
  await wait.race(new Promise(() => {})).catch(() => {});
  wait.release();
  return wait.timedOut();
}
