import { DolfinError } from './errors.js';
import { clip, excerptOf } from './excerpt.js';
import { redactSecret, secretOf } from './redact.js';
import { requestIdOf } from './request-id.js';

/**
 * A 2xx answer whose body is not the JSON the API documents: a captive portal's or a proxy's login page, a body
 * cut short. Not a `DolfinApiError` (the API did not refuse anything, something answered in its place). `cause` is
 * the `SyntaxError`; `excerpt` a short, tag-free piece of the body, without the request's credential.
 */
export class DolfinResponseParseError extends DolfinError {
  override name = 'DolfinResponseParseError';
  /** HTTP status of the response (a 2xx). */
  readonly status: number;
  /** The response's `Content-Type`, when it had one (`text/html` for a login page). */
  readonly contentType: string | undefined;
  /** The start of the body as text, tags removed; at most 200 characters. */
  readonly excerpt: string;
  /** The server's request id, when the response carries one. */
  readonly requestId: string | undefined;
  /** The response itself (its body has been read). Not enumerable, so it stays out of `JSON.stringify`. */
  declare readonly response: Response;

  constructor(method: string, response: Response, body: string, cause: unknown, secret = secretOf(response)) {
    const contentType = response.headers.get('content-type') ?? undefined;
    const excerpt = redactSecret(excerptOf(body), secret);
    const { pathname } = new URL(response.url || 'http://unknown/');
    super(
      `${method} ${pathname} answered ${response.status} with a body that is not JSON` +
        `${contentType ? ` (${clip(contentType, 80)})` : ''}${excerpt ? `: ${clip(excerpt, 80)}` : ''}`,
      { cause },
    );
    this.status = response.status;
    this.contentType = contentType;
    this.excerpt = excerpt;
    this.requestId = requestIdOf(response);
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
  }
}
