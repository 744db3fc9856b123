import { DolfinAbortError, errorPathOf } from '../request-errors.js';

/**
 * What `promise` resolves to, unless the request's signal aborts first: then a `DolfinAbortError` (the promise
 * goes on, unobserved). For waits on the app's hooks, such as a token being renewed.
 */
export function unlessAborted<T>(promise: Promise<T>, request: Request): Promise<T> {
  const { signal } = request;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new DolfinAbortError(request.method, errorPathOf(request)));
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort);
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
