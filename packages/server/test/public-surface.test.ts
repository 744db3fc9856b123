// The package's exports are exactly the documented API (the README's "Exports" section lists the same names):
// nothing of core's plumbing, and no way around createServerClient's browser guard.
import * as server from '@dolfinai/server';
import { describe, expect, expectTypeOf, it } from 'vitest';

const serverExports = [
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
  'createServerClient',
  'isDolfinApiError',
  'isDolfinError',
  'maskSecret',
  'multipartBody',
  'paginate',
  'parseServerSentEvents',
  'serverSentEvents',
  'unwrap',
];

describe('@dolfinai/server exports', () => {
  it('are the documented API, nothing more', () => {
    expect(Object.keys(server).sort()).toEqual([...serverExports].sort());
  });

  it('do not offer the raw client factory, which skips the browser guard and the API key', () => {
    expect('createDolfinClient' in server).toBe(false);
    expectTypeOf(server).not.toHaveProperty('createDolfinClient');
    expectTypeOf(server).not.toHaveProperty('checkSecret');
    expectTypeOf(server).not.toHaveProperty('TRANSPORT_DEFAULTS');
  });
});
