// The public API, by name (the README's "Exports" lists the same): the server client, and what it shares with the
// browser client. Every schema type of the API comes from @dolfinai/types.

export type {
  BackoffOptions,
  DolfinClient,
  FetchFunction,
  ItemOf,
  MultipartFields,
  MultipartValue,
  OrganisationBoundPaths,
  OrganisationClient,
  PageOf,
  PaginatedPath,
  Paginator,
  RequestControls,
  RequestLog,
  RequestLogger,
  ServerSentEvent,
  ServerSentEventOptions,
  TransportOptions,
} from '@dolfinai/core';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  DolfinAbortError,
  DolfinApiError,
  DolfinConnectionError,
  DolfinError,
  DolfinOptionError,
  DolfinPaginationError,
  DolfinPathError,
  DolfinTimeoutError,
  InternalServerError,
  isDolfinApiError,
  isDolfinError,
  maskSecret,
  multipartBody,
  NotFoundError,
  ORGANISATION_HEADER,
  PermissionDeniedError,
  paginate,
  parseServerSentEvents,
  RateLimitError,
  ServerSentEventError,
  serverSentEvents,
  UnprocessableEntityError,
  unwrap,
} from '@dolfinai/core';
export type * from '@dolfinai/types';
export type { ServerClient, ServerClientOptions } from './server-client.js';
export { createServerClient } from './server-client.js';
