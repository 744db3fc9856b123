import { isDolfinError } from '../errors.js';
import { rememberSecret, safeCause } from '../redact.js';
import { abortErrorFor, DolfinConnectionError, errorPathOf } from '../request-errors.js';
import { connectionFailure } from './attempt.js';

/** The ways openapi-fetch (or the app) reads a body; `stream` hands `response.body` over as it is. */
const READERS = ['text', 'json', 'arrayBuffer', 'blob'] as const;

/**
 * The response handed to openapi-fetch, with reads of its body that fail as our errors: the caller's abort while
 * the body arrives is a `DolfinAbortError` (not a raw `DOMException`), a connection lost mid-body a
 * `DolfinConnectionError`, each with the platform's error as `cause`. Also records the secret the request carried,
 * so the errors built from this response keep it out of what they quote.
 */
export function guardBody(
  response: Response,
  request: Request,
  attempts: number,
  secret: string | undefined,
): Response {
  rememberSecret(response, secret);
  const target = response as unknown as Record<(typeof READERS)[number], () => Promise<unknown>>;
  for (const name of READERS) {
    const read = target[name];
    target[name] = () =>
      read.call(response).catch((error: unknown) => {
        throw bodyError(error, request, attempts, secret);
      });
  }
  return response;
}

function bodyError(error: unknown, request: Request, attempts: number, secret: string | undefined): unknown {
  // A SyntaxError from json() is the body's content, not its transfer: the call layer reports it with an excerpt.
  if (isDolfinError(error) || error instanceof SyntaxError) return error;
  if (request.signal.aborted) return abortErrorFor(request);
  const { code } = connectionFailure(error);
  return new DolfinConnectionError(
    request.method,
    errorPathOf(request),
    attempts,
    code,
    'the connection failed while the body was being read',
    { cause: safeCause(error, secret) },
  );
}
