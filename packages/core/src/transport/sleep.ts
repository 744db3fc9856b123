/** Waits `ms` milliseconds, or less when `signal` aborts first. Resolves to true when the whole wait passed. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (completed: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = () => finish(false);
    const timer = setTimeout(finish, ms, true);
    signal?.addEventListener('abort', onAbort);
  });
}
