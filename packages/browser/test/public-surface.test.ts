// The package's exports are exactly the documented API (the README's "Exports" section lists the same names).
import * as browser from '@dolfinai/browser';
import { describe, expect, expectTypeOf, it } from 'vitest';

const browserExports = [
  'AuthenticationError',
  'BadRequestError',
  'ConflictError',
  'DolfinAbortError',
  'DolfinApiError',
  'DolfinConnectionError',
  'DolfinCredentialError',
  'DolfinError',
  'DolfinOptionError',
  'DolfinPaginationError',
  'DolfinPathError',
  'DolfinResponseParseError',
  'DolfinTimeoutError',
  'InternalServerError',
  'NotFoundError',
  'ORGANISATION_HEADER',
  'PermissionDeniedError',
  'RateLimitError',
  'RedirectError',
  'ServerSentEventError',
  'UnprocessableEntityError',
  'createBrowserClient',
  'createPublicClient',
  'exchangeCode',
  'isDolfinApiError',
  'isDolfinError',
  'isTokenExpired',
  'multipartBody',
  'paginate',
  'parseServerSentEvents',
  'readStoredToken',
  'readTokenExpiry',
  'serverSentEvents',
  'sessionTokenStorage',
  'unwrap',
];

describe('@dolfinai/browser exports', () => {
  it('are the documented API, nothing more', () => {
    expect(Object.keys(browser).sort()).toEqual([...browserExports].sort());
  });

  it('do not offer the raw client factory or the option checks', () => {
    expect('createDolfinClient' in browser).toBe(false);
    expectTypeOf(browser).not.toHaveProperty('createDolfinClient');
    expectTypeOf(browser).not.toHaveProperty('checkSecret');
    expectTypeOf(browser).not.toHaveProperty('apiErrorFor');
  });
});
