export {
  AuthenticationError,
  apiErrorFor,
  BadRequestError,
  ConflictError,
  DolfinApiError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './api-error.js';
export type { ClientSetup, DolfinClient, OrganisationClient } from './create-client.js';
export { createDolfinClient, ORGANISATION_HEADER } from './create-client.js';
export { DolfinError, DolfinOptionError, isDolfinError } from './errors.js';
export { checkSecret, DEFAULT_BASE_URL } from './options.js';
export type { OrganisationBoundPaths } from './organisation-bound.js';
export { maskSecret } from './redact.js';
export { unwrap } from './unwrap.js';
