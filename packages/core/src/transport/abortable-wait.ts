/**
 * What `promise` resolves to, unless `signal` aborts first: then it rejects with the signal's reason (the promise
 * goes on, unobserved). For waits on the app's code, such as a token being renewed. The listener is removed
 * whichever comes first.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * A signal that aborts after `timeout` ms or when `caller` aborts, whichever comes first: the bound of one attempt,
 * or of one wait for a hook. `end()` stops the timer; `release()` stops following `caller` too.
 */
export class Deadline {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly follow = () => this.controller.abort(this.caller?.reason);

  constructor(
    timeout: number,
    private readonly caller: AbortSignal | undefined,
  ) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, timeout);
    caller?.addEventListener('abort', this.follow, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  end(): void {
    clearTimeout(this.timer);
  }

  release(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener('abort', this.follow);
  }
}
