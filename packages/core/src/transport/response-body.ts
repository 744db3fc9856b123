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
 * origin (see `recordOrigin`). The response keeps its identity and its class (a fetch polyfill's responses stay
 * theirs): the guarded readers are set on it as its own, shared by every response instead of made for each.
 */
export function guardBody(response: Response, origin: ResponseOrigin): Response {
  recordOrigin(response, origin);
  return Object.assign(response, guardedReaders);
}

type Reader = 'text' | 'json' | 'arrayBuffer' | 'blob';

/** Every way openapi-fetch (or the app) reads a body; `stream` hands `response.body` over as it is. */
const guardedReaders = {
  text(this: Response) {
    return guardedRead(this, 'text');
  },
  json(this: Response) {
    return guardedRead(this, 'json');
  },
  arrayBuffer(this: Response) {
    return guardedRead(this, 'arrayBuffer');
  },
  blob(this: Response) {
    return guardedRead(this, 'blob');
  },
};

function guardedRead(response: Response, reader: Reader): Promise<unknown> {
  const html = response.ok && /html/i.test(response.headers.get('content-type') ?? '');
  return (html ? refuseHtml(response) : ownReader(response, reader)()).catch((error: unknown) => {
    throw bodyError(error, response);
  });
}

/** The reader of the response's own class (which the guarded one shadows), bound to it. */
function ownReader(response: Response, reader: Reader): () => Promise<unknown> {
  return (Object.getPrototypeOf(response) as Record<Reader, () => Promise<unknown>>)[reader].bind(response);
}

async function refuseHtml(response: Response): Promise<never> {
  const body = await ownReader(response, 'text')();
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
