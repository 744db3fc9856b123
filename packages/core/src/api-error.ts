import type { ProblemDetails } from '@dolfinai/types';
import { DolfinError, isDolfinError } from './errors.js';
import { requestIdOf } from './request-id.js';

/** The API answered with a non-2xx status. Subclasses name the common statuses. */
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

  constructor(response: Response, problem: ProblemDetails) {
    super(describe(response, problem));
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

/** The typed error for a non-2xx response whose body openapi-fetch has already parsed (or failed to). */
export function apiErrorFor(response: Response, body: unknown): DolfinApiError {
  const ErrorClass =
    errorClassByStatus[response.status] ?? (response.status >= 500 ? InternalServerError : DolfinApiError);
  return new ErrorClass(response, problemFrom(response, body));
}

function problemFrom(response: Response, body: unknown): ProblemDetails {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as ProblemDetails;
  // HTML, plain text or an empty body: keep a short excerpt of its text so the error still says something.
  const text =
    typeof body === 'string'
      ? body
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 200)
      : '';
  return { status: response.status, title: response.statusText || null, detail: text || null };
}

function describe(response: Response, problem: ProblemDetails): string {
  const summary = [problem.title, problem.detail].filter(Boolean).join(': ');
  const { pathname } = new URL(response.url || 'http://unknown/');
  return `${response.status} from ${pathname}${summary ? ` (${summary})` : ''}`;
}

/** True for an error about a non-2xx response (any status), whichever copy of the package created it. */
export function isDolfinApiError(value: unknown): value is DolfinApiError {
  return isDolfinError(value) && typeof (value as Partial<DolfinApiError>).status === 'number';
}
