import { DolfinResponseParseError, problemFrom } from '../api-error.js';
import { isDolfinError } from '../errors.js';
import { redactDeep, safeCause } from '../redact.js';
import { abortErrorFor, DolfinConnectionError, errorPathOf } from '../request-errors.js';
import { originOf, type ResponseOrigin, recordOrigin } from '../response-origin.js';
import { failureDetails } from './attempt.js';

/**
 * The response handed to openapi-fetch, with reads of its body that fail as our errors: the caller's abort while
 * the body arrives is a `DolfinAbortError` (not a raw `DOMException`), a connection lost mid-body a
 * `DolfinConnectionError`, each with the platform's error as `cause`. A 2xx in HTML is never the API's (it serves
 * JSON, files and event streams): it is a captive portal's or a proxy's page, and reading it, whatever `parseAs`,
 * is a `DolfinResponseParseError` rather than the `SyntaxError` of parsing it as JSON. Also records the response's
 * origin (see `recordOrigin`). The response keeps its identity and only changes prototype: one step per call
 * instead of a wrapper for each way to read it.
 */
export function guardBody(response: Response, origin: ResponseOrigin): Response {
  recordOrigin(response, origin);
  return Object.setPrototypeOf(response, GuardedResponse.prototype);
}

/** Every way openapi-fetch (or the app) reads a body, guarded; `stream` hands `response.body` over as it is. */
class GuardedResponse extends Response {
  override text(): Promise<string> {
    return guardedRead(this, Response.prototype.text);
  }
  override json(): Promise<unknown> {
    return guardedRead(this, Response.prototype.json);
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return guardedRead(this, Response.prototype.arrayBuffer);
  }
  override blob(): Promise<Blob> {
    return guardedRead(this, Response.prototype.blob);
  }
}

function guardedRead<T>(response: Response, read: (this: Response) => Promise<T>): Promise<T> {
  const html = response.ok && /html/i.test(response.headers.get('content-type') ?? '');
  return (html ? refuseHtml(response) : read.call(response)).catch((error: unknown) => {
    throw bodyError(error, response);
  });
}

async function refuseHtml(response: Response): Promise<never> {
  const body = await Response.prototype.text.call(response);
  const secret = originOf(response)?.secret;
  throw new DolfinResponseParseError(response, redactDeep(problemFrom(response, body), secret), secret);
}

function bodyError(error: unknown, response: Response): unknown {
  const { request, attempts, secret } = originOf(response) as ResponseOrigin;
  if (isDolfinError(error)) return error;
  if (request.signal.aborted) return abortErrorFor(request);
  return new DolfinConnectionError(
    request.method,
    errorPathOf(request),
    attempts,
    failureDetails(error).code,
    'the connection failed while the body was read',
    { cause: safeCause(error, secret) },
  );
}
