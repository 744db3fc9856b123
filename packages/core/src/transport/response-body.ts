import { DolfinResponseParseError, problemFrom } from '../api-error.js';
import { isDolfinError } from '../errors.js';
import { redactDeep, rememberSecret, safeCause } from '../redact.js';
import { abortErrorFor, DolfinConnectionError, errorPathOf } from '../request-errors.js';
import { connectionFailure } from './attempt.js';

/** The ways openapi-fetch (or the app) reads a body; `stream` hands `response.body` over as it is. */
const READERS = ['text', 'json', 'arrayBuffer', 'blob'] as const;

/**
 * The response handed to openapi-fetch, with reads of its body that fail as our errors: the caller's abort while
 * the body arrives is a `DolfinAbortError` (not a raw `DOMException`), a connection lost mid-body a
 * `DolfinConnectionError`, each with the platform's error as `cause`. A 2xx in HTML is never the API's (it serves
 * JSON, files and event streams): it is a captive portal's or a proxy's page, and reading it, whatever `parseAs`,
 * is a `DolfinResponseParseError` rather than the `SyntaxError` of parsing it as JSON. Also records the secret the
 * request carried, so the errors built from this response keep it out of what they quote.
 */
export function guardBody(
  response: Response,
  request: Request,
  attempts: number,
  secret: string | undefined,
): Response {
  rememberSecret(response, secret);
  const target = response as unknown as Record<string, () => Promise<unknown>>;
  const fail = (error: unknown) => {
    throw bodyError(error, request, attempts, secret);
  };
  if (response.ok && /html/i.test(response.headers.get('content-type') ?? '')) {
    const refuse = async () => {
      const body = await Response.prototype.text.call(response);
      throw new DolfinResponseParseError(response, redactDeep(problemFrom(response, body), secret), secret);
    };
    for (const name of READERS) target[name] = () => refuse().catch(fail);
    return response;
  }
  for (const name of READERS) {
    const read = target[name] as () => Promise<unknown>;
    target[name] = () => read.call(response).catch(fail);
  }
  return response;
}

function bodyError(error: unknown, request: Request, attempts: number, secret: string | undefined): unknown {
  if (isDolfinError(error)) return error;
  if (request.signal.aborted) return abortErrorFor(request);
  const { code } = connectionFailure(error);
  return new DolfinConnectionError(
    request.method,
    errorPathOf(request),
    attempts,
    code,
    'the connection failed while the body was read',
    { cause: safeCause(error, secret) },
  );
}
