// The public API, by name (the README's "Exports" lists the same): the browser and public clients, the session
// helpers, and what they share with the server client. Every schema type of the API comes from @dolfinai/types.

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
  DolfinCredentialError,
  DolfinError,
  DolfinOptionError,
  DolfinPaginationError,
  DolfinPathError,
  DolfinResponseParseError,
  DolfinTimeoutError,
  InternalServerError,
  isDolfinApiError,
  isDolfinError,
  multipartBody,
  NotFoundError,
  ORGANISATION_HEADER,
  PermissionDeniedError,
  paginate,
  parseServerSentEvents,
  RateLimitError,
  RedirectError,
  ServerSentEventError,
  serverSentEvents,
  UnprocessableEntityError,
  unwrap,
} from '@dolfinai/core';
export type * from '@dolfinai/types';
export type { TokenRenewal } from './bearer-credential.js';
export type { BrowserClient, BrowserClientOptions } from './browser-client.js';
export { createBrowserClient } from './browser-client.js';
export type { ExchangeCodeOptions } from './exchange-code.js';
export { exchangeCode } from './exchange-code.js';
export type { PublicClient, PublicClientOptions, PublicPath } from './public-client.js';
export { createPublicClient } from './public-client.js';
export { isTokenExpired, readTokenExpiry } from './token-expiry.js';
export type { TokenStorage } from './token-storage.js';
export { readStoredToken, sessionTokenStorage } from './token-storage.js';
