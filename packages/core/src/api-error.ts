import type { ProblemDetails } from '@dolfinai/types';
import { DolfinError, isDolfinError } from './errors.js';
import { clip, excerptOf } from './excerpt.js';
import { redactDeep, redactSecret, secretOf } from './redact.js';
import { requestIdOf } from './request-id.js';

/**
 * The API answered with a non-2xx status (or, for `DolfinResponseParseError`, something else answered a 2xx).
 * Subclasses name the common statuses.
 */
export class DolfinApiError extends DolfinError {
  override name = 'DolfinApiError';
  /** HTTP status of the response. */
  readonly status: number;
  /** The RFC 7807 problem body, or what could be salvaged from a non-problem body. */
  readonly problem: ProblemDetails;
  /** The server's request id, when the response carries one. */
  readonly requestId: string | undefined;
  /** The response itself (its body has been read). Not enumerable, so it stays out of `JSON.stringify`. */
  declare readonly response: Response;

  constructor(response: Response, problem: ProblemDetails, secret?: string) {
    super(redactSecret(describe(response, problem), secret));
    this.status = response.status;
    this.problem = problem;
    this.requestId = requestIdOf(response);
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
  }

  /** The domain error code (`Invoice.NotFound`), when the API sent one in `title`. */
  get code(): string | undefined {
    const title = this.problem.title ?? undefined;
    return title && /^[A-Z]\w*\.[A-Z]\w*$/.test(title) ? title : undefined;
  }
}

/**
 * The API answered with a redirect, which the SDK never follows: a credential or an auth code must not travel to
 * wherever a server points. `location` is where it pointed, without query or fragment; in a browser, where a
 * redirect cannot be inspected, `status` is 0 and `location` undefined. Usually a `baseUrl` that is not the final
 * one (`http://` for `https://`).
 */
export class RedirectError extends DolfinApiError {
  override name = 'RedirectError';
  /** The redirect's target, without its query or fragment (where a secret could ride along). */
  readonly location: string | undefined;

  constructor(response: Response, problem: ProblemDetails, secret?: string) {
    super(response, problem, secret);
    const location = response.headers.get('location')?.split(/[?#]/)[0];
    this.location = location && redactSecret(location, secret);
    this.message += ` (a redirect${location ? ` to ${this.location}` : ''}, not followed)`;
  }
}

/**
 * A 2xx answer that is not the API's: an HTML page from a captive portal or a proxy's login form. `problem.detail`
 * holds a short, tag-free excerpt of it, without the request's credential.
 */
export class DolfinResponseParseError extends DolfinApiError {
  override name = 'DolfinResponseParseError';
}

export class BadRequestError extends DolfinApiError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends DolfinApiError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends DolfinApiError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends DolfinApiError {
  override name = 'NotFoundError';
}
export class ConflictError extends DolfinApiError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends DolfinApiError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends DolfinApiError {
  override name = 'RateLimitError';
}
export class InternalServerError extends DolfinApiError {
  override name = 'InternalServerError';
}

const errorClassByStatus: Readonly<Record<number, typeof DolfinApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The typed error for a non-2xx response whose body openapi-fetch has already parsed (or failed to). `secret`,
 * the credential the request carried (by default the one the transport recorded for it), is redacted from the
 * problem and the message, for a server that echoes it back.
 */
export function apiErrorFor(
  response: Response,
  body: unknown,
  secret: string | undefined = secretOf(response),
): DolfinApiError {
  const ErrorClass = isRedirect(response)
    ? RedirectError
    : (errorClassByStatus[response.status] ??
      (response.status >= 500 ? InternalServerError : DolfinApiError));
  return problemError(ErrorClass, response, body, secret);
}

/** An error of `ErrorClass` about `response`, its problem read from `body` with `secret` redacted from it. */
export function problemError(
  ErrorClass: typeof DolfinApiError,
  response: Response,
  body: unknown,
  secret: string | undefined,
): DolfinApiError {
  return new ErrorClass(response, redactDeep(problemFrom(response, body), secret), secret);
}

/** 3xx with a target (not 304 Not Modified), or the opaque answer a browser gives for `redirect: 'manual'`. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || [301, 302, 303, 307, 308].includes(response.status);
}

function problemFrom(response: Response, body: unknown): ProblemDetails {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as ProblemDetails;
  // HTML, plain text or an empty body: keep a short excerpt of its text so the error still says something.
  const text = typeof body === 'string' ? excerptOf(body) : '';
  return { status: response.status, title: response.statusText || null, detail: text || null };
}

/** The message: status, path, and the problem's title and detail, cut short (a server may send megabytes). */
function describe(response: Response, problem: ProblemDetails): string {
  const summary = [problem.title, problem.detail]
    .filter((part) => typeof part === 'string' && part !== '')
    .map((part) => clip(part as string, 200))
    .join(': ');
  const { pathname } = new URL(response.url || 'http://unknown/');
  return `${response.status} from ${pathname}${summary ? ` (${summary})` : ''}`;
}

/** True for an error about a non-2xx response (any status), whichever copy of the package created it. */
export function isDolfinApiError(value: unknown): value is DolfinApiError {
  const error = value as Partial<DolfinApiError>;
  return isDolfinError(value) && typeof error.status === 'number' && typeof error.problem === 'object';
}
