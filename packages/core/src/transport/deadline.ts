/**
 * The bound of one attempt, of one wait for the app's credential code, or of the pause before a retry: it ends
 * after `timeout` ms or when `caller` aborts, whichever comes first. A class, not closures: one is made for every
 * attempt, on the hot path.
 */
export class Deadline {
  readonly #controller = new AbortController();
  /** Aborts when the deadline ends: what the fetch is given. */
  readonly signal = this.#controller.signal;
  #timedOut = false;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #caller: AbortSignal | undefined;
  readonly #follow: (() => void) | undefined;
  /** Rejects the race in progress: the deadline settles it itself, cheaper than an abort listener per race. */
  #lose: ((reason: unknown) => void) | undefined;

  constructor(timeout: number, caller: AbortSignal | undefined) {
    this.#timer = setTimeout(Deadline.#expire, timeout, this);
    this.#caller = caller;
    if (caller?.aborted) this.#stop(caller.reason);
    else if (caller) {
      this.#follow = () => this.#stop(caller.reason);
      caller.addEventListener('abort', this.#follow);
    }
  }

  /** Whether the time ran out (rather than the caller aborting). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /**
   * What `promise` settles to, unless the deadline ends first: then it rejects with the signal's reason (the
   * promise goes on, unobserved). For a fetch or a hook that does not watch the signal. One race at a time.
   */
  race<T>(promise: PromiseLike<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#lose = reject;
      if (this.signal.aborted) reject(this.signal.reason);
      promise.then(resolve, reject);
    });
  }

  /** Stops the timer; the caller's signal still aborts `signal` (it may be downloading a body handed on). */
  end(): void {
    clearTimeout(this.#timer);
  }

  /** Stops the timer and stops following the caller's signal. */
  release(): void {
    this.end();
    if (this.#follow) this.#caller?.removeEventListener('abort', this.#follow);
  }

  static #expire(deadline: Deadline): void {
    deadline.#timedOut = true;
    deadline.#stop(undefined);
  }

  #stop(reason: unknown): void {
    this.#controller.abort(reason);
    this.#lose?.(this.signal.reason);
  }
}

/** Waits `ms` milliseconds, or less when `caller` aborts first. Resolves to true when the whole wait passed. */
export async function sleep(ms: number, caller: AbortSignal | undefined): Promise<boolean> {
  const wait = new Deadline(ms, caller);
  await wait.race(new Promise(() => {})).catch(() => {});
  wait.release();
  return wait.timedOut;
}
