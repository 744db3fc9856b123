/**
 * What `promise` resolves to, unless `signal` aborts first: then it rejects with the signal's reason (the promise
 * goes on, unobserved). For waits on the app's code, such as a token being renewed. The listener is removed
 * whichever comes first.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort);
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** The bound of one attempt, or of one wait for a hook: see `deadline`. */
export interface Deadline {
  signal: AbortSignal;
  /** Whether the time ran out (rather than the caller aborting). */
  timedOut(): boolean;
  /** Stops the timer. */
  end(): void;
  /** Stops the timer and stops following the caller's signal. */
  release(): void;
}

/** A signal that aborts after `timeout` ms or when `caller` aborts, whichever comes first. */
export function deadline(timeout: number, caller: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const follow = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', follow, { once: true });
  const end = () => clearTimeout(timer);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    end,
    release() {
      end();
      caller?.removeEventListener('abort', follow);
    },
  };
}
