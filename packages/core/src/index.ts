// The public API the clients share; @dolfinai/server and @dolfinai/browser re-export it by name. The plumbing
// those packages are built from is in ./internal.ts (`@dolfinai/core/internal`), which is not public.
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  DolfinApiError,
  DolfinResponseParseError,
  InternalServerError,
  isDolfinApiError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  UnprocessableEntityError,
} from './api-error.js';
export type { ClientFor, DolfinClient, OrganisationClient } from './client-types.js';
export { DolfinCredentialError, DolfinError, DolfinOptionError, isDolfinError } from './errors.js';
export { ORGANISATION_HEADER } from './headers.js';
export type { MultipartFields, MultipartValue } from './multipart-body.js';
export { multipartBody } from './multipart-body.js';
export type { OrganisationBoundPaths } from './organisation-bound.js';
export type { ItemOf, PageOf, PaginatedPath, Paginator } from './paginate.js';
export { DolfinPaginationError, nextCursorOf, paginate } from './paginate.js';
export { DolfinPathError } from './path-params.js';
export { maskSecret } from './redact.js';
export { DolfinAbortError, DolfinConnectionError, DolfinTimeoutError } from './request-errors.js';
export type { ServerSentEvent, ServerSentEventOptions } from './server-sent-events.js';
export { parseServerSentEvents, ServerSentEventError, serverSentEvents } from './server-sent-events.js';
export type { FetchFunction } from './transport/attempt.js';
export type { RequestLog, RequestLogger } from './transport/request-log.js';
export type { BackoffOptions, RequestControls, TransportOptions } from './transport/settings.js';
export { unwrap } from './unwrap.js';
