/**
 * TanStack's `retry` for Dolfin calls: never. The client's transport has already retried what is worth retrying
 * (connection errors, timeouts, 408, 429, 5xx, honouring `Retry-After`, and writes only when the API cannot have
 * acted), so a TanStack retry on top would multiply the attempts: three TanStack tries of three transport attempts
 * are nine requests. The option factories set it typed as `(failureCount, error: DolfinError) => boolean`, so every
 * adapter infers `DolfinError` as the error type from it.
 * @example new QueryClient({ defaultOptions: { queries: { retry: noRetry } } }) // for your own queries too
 */
export function noRetry(_failureCount: number, _error: unknown): boolean {
  return false;
}
