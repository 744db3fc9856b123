export {
  AuthenticationError,
  apiErrorFor,
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
export type { ClientSetup } from './create-client.js';
export { API_KEY_HEADER, createDolfinClient, ORGANISATION_HEADER } from './create-client.js';
export { DolfinCredentialError, DolfinError, DolfinOptionError, isDolfinError } from './errors.js';
export type { MultipartFields, MultipartValue } from './multipart-body.js';
export { multipartBody } from './multipart-body.js';
export { checkSecret, DEFAULT_BASE_URL, isSecretText } from './options.js';
export type { OrganisationBoundPaths } from './organisation-bound.js';
export type { ItemOf, PageOf, PaginatedPath, Paginator } from './paginate.js';
export { DolfinPaginationError, paginate } from './paginate.js';
export { DolfinPathError } from './path-params.js';
export { maskSecret } from './redact.js';
export { DolfinAbortError, DolfinConnectionError, DolfinTimeoutError } from './request-errors.js';
export type { ServerSentEvent, ServerSentEventOptions } from './server-sent-events.js';
export { parseServerSentEvents, ServerSentEventError, serverSentEvents } from './server-sent-events.js';
export type { Credential } from './transport/credential.js';
export { providedSecret } from './transport/credential.js';
export type { RequestLog, RequestLogger } from './transport/request-log.js';
export type { BackoffOptions, RequestControls, TransportOptions } from './transport/settings.js';
export { checkFunction, checkNumber, TRANSPORT_DEFAULTS } from './transport/settings.js';
export { unwrap } from './unwrap.js';
