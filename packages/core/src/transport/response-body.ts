import { DolfinResponseParseError, problemError } from '../api-error.js';
import { isDolfinError } from '../errors.js';
import { rememberSecret, safeCause } from '../redact.js';
import { abortErrorFor, DolfinConnectionError, errorPathOf } from '../request-errors.js';
import { failureDetails } from './attempt.js';

/** The request a response answers, how many attempts it took, and the secret it carried. */
export interface ResponseOrigin {
  request: Request;
  attempts: number;
  secret: string | undefined;
}

/**
 * The response handed to openapi-fetch, with reads of its body that fail as our errors: the caller's abort while
 * the body arrives is a `DolfinAbortError` (not a raw `DOMException`), a connection lost mid-body a
 * `DolfinConnectionError`, each with the platform's error as `cause`. A 2xx in HTML is never the API's (it serves
 * JSON, files and event streams): it is a captive portal's or a proxy's page, and reading it, whatever `parseAs`,
 * is a `DolfinResponseParseError` rather than the `SyntaxError` of parsing it as JSON. For a non-2xx response,
 * also records the request's secret, so the API error built from it later (`unwrap`, `paginate`…) keeps it out of
 * what it quotes. Each guarded reader wraps the one the response had, whatever made it (the platform, a fetch
 * polyfill, a test double with readers of its own), and keeps its origin itself, so it works however it is called
 * (a Proxy that binds methods to its target included).
 */
export function guardBody(response: Response, origin: ResponseOrigin): Response {
  if (!response.ok) rememberSecret(response, origin.secret);
  const target = response as unknown as Record<Reader, () => Promise<unknown>>;
  const fail = (error: unknown) => {
    throw bodyError(error, origin);
  };
  const html = response.ok && /html/i.test(response.headers.get('content-type') ?? '');
  const text = target.text;
  for (const name of READERS) {
    const read = target[name];
    target[name] = html
      ? () => refuseHtml(response, text, origin.secret).catch(fail)
      : () => read.call(response).catch(fail);
  }
  return response;
}

type Reader = (typeof READERS)[number];

/** Every way openapi-fetch (or the app) reads a body; `stream` hands `response.body` over as it is. */
const READERS = ['text', 'json', 'arrayBuffer', 'blob'] as const;

async function refuseHtml(
  response: Response,
  text: () => Promise<unknown>,
  secret: string | undefined,
): Promise<never> {
  const body = await text.call(response);
  throw problemError(DolfinResponseParseError, response, body, secret);
}

function bodyError(error: unknown, { request, attempts, secret }: ResponseOrigin): unknown {
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
