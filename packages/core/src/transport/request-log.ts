import type { Middleware } from 'openapi-fetch';

/** One attempt of one request, as the `logger` option sees it. Holds no credential, header or body. */
export interface RequestLog {
  /** `GET`, `POST`… */
  method: string;
  /** The route template (`/organisations/{organisationId}/users`), never the filled-in path or the query. */
  path: string;
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number;
  /** The response status, or `undefined` when no response arrived. */
  status: number | undefined;
  /** Milliseconds from sending the attempt to its response headers (or its failure). */
  durationMs: number;
  /** The server's request id, when the response has one. */
  requestId: string | undefined;
  /**
   * Why no response arrived: `'connection'`, `'timeout'`, `'aborted'`, or `'credential'` (the app's credential
   * code failed, so nothing was sent).
   */
  failure: 'connection' | 'timeout' | 'aborted' | 'credential' | undefined;
  /** Milliseconds until the next attempt, when there is one. */
  retryInMs: number | undefined;
}

/** Called once per attempt. It may be async (a log shipper): a promise it returns is not awaited. */
export type RequestLogger = (entry: RequestLog) => void;

const route = Symbol('dolfin.route');

type TaggedRequest = Request & { [route]?: string };

/**
 * Records the route template on each request so log entries can name it. Only installed when a logger is set (any
 * middleware makes openapi-fetch do extra work per request), and kept after the app's middleware so a request a
 * middleware replaced is tagged too. Errors do not use it: their `path` is always the concrete path.
 */
export const routeTagger: Middleware = {
  onRequest({ request, schemaPath }) {
    (request as TaggedRequest)[route] = schemaPath;
  },
};

/** The request's route template when `routeTagger` saw it, else its path without the query. */
export function routeOf(request: Request): string {
  return (request as TaggedRequest)[route] ?? new URL(request.url).pathname;
}

/**
 * Calls the app's logger; a logger that throws, or returns a promise that rejects, must not turn a request's
 * outcome into a failure, nor crash the process with an unhandled rejection.
 */
export function logSafely(logger: RequestLogger | undefined, entry: RequestLog): void {
  try {
    const result = logger?.(entry) as { then?: unknown } | undefined;
    if (typeof result?.then === 'function') (result as Promise<unknown>).then(undefined, ignore);
  } catch {
    // Deliberately dropped: rethrowing could make a caller re-send a write that succeeded.
  }
}

function ignore(): void {}
