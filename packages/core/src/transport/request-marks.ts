/**
 * What the transport learns about a request when openapi-fetch builds it, so it need not pay for it on every
 * attempt: whether it is bound for the API origin (reading `request.url` back serializes it), and whether the
 * caller passed a signal (watching a signal costs an event listener, and a request without one cannot be
 * aborted). A request a middleware replaced carries no marks, and is checked the slow, safe way; it also loses the
 * per-call `maxRetries` and `timeout` (openapi-fetch copies them onto the request it built), so the client's own
 * settings apply to it.
 */
const forApi = Symbol('dolfin.forApi');
const noCallerSignal = Symbol('dolfin.noCallerSignal');

interface MarkedRequest extends Request {
  [forApi]?: boolean;
  [noCallerSignal]?: true;
}

const MANUAL = { redirect: 'manual' } as const;

/** A `Request` constructor for openapi-fetch that marks each request it builds. */
export function markingRequest(apiPrefix: string): typeof Request {
  function DolfinRequest(input: string, init?: RequestInit): Request {
    // Never follow a redirect (see `sendAttempt`); set here, once per call, so every fetch sees it on the Request.
    // (`init` is the object openapi-fetch builds for this one request.)
    const request: MarkedRequest = new Request(input, Object.assign(init ?? {}, MANUAL));
    request[forApi] = typeof input === 'string' && input.startsWith(apiPrefix);
    if (!init?.signal) request[noCallerSignal] = true;
    return request;
  }
  // Called with `new`: a constructor that returns an object hands back that object, a plain Request. Sharing
  // Request's prototype keeps `instanceof` true for any Request, which openapi-fetch checks on what middleware returns.
  DolfinRequest.prototype = Request.prototype;
  return DolfinRequest as unknown as typeof Request;
}

/** Whether the request goes to the API origin, the only one that may see the credential. */
export function isForApi(request: Request, apiPrefix: string): boolean {
  return (request as MarkedRequest)[forApi] ?? request.url.startsWith(apiPrefix);
}

/** Whether the caller may abort the request (false only when it is known to have no signal). */
export function mayBeAborted(request: Request): boolean {
  return (request as MarkedRequest)[noCallerSignal] !== true;
}
