import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import type * as core from '@dolfinai/core';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  DolfinAbortError,
  DolfinApiError,
  DolfinConnectionError,
  DolfinError,
  DolfinOptionError,
  DolfinPathError,
  DolfinTimeoutError,
  InternalServerError,
  isDolfinApiError,
  isDolfinError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  unwrap,
} from '@dolfinai/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultServer, problem, raw, rejectionOf, startFaultServer } from '../../../test/fault-server.js';
import { testClient } from './test-client.js';

// The CommonJS build: a second copy of every class, as an app gets when ESM and CJS code both load the SDK.
const cjs = createRequire(import.meta.url)('@dolfinai/core') as typeof core;

let server: FaultServer | undefined;
afterEach(() => server?.close());

async function errorFor(...steps: Parameters<typeof startFaultServer>): Promise<DolfinApiError> {
  server = await startFaultServer(...steps);
  return (await rejectionOf(
    unwrap(testClient(server.url, { maxRetries: 0 }).GET('/industries')),
  )) as DolfinApiError;
}

describe('API errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, DolfinApiError],
  ])('turns a %i problem into %o, with the problem fields and request id', async (status, ErrorClass) => {
    const error = await errorFor(problem(status, { 'x-request-id': 'req-42' }, 'Invoice.NotFound'));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(ErrorClass.name);
    expect(error).toMatchObject({
      status,
      requestId: 'req-42',
      code: 'Invoice.NotFound',
      problem: { title: 'Invoice.NotFound', detail: `status ${status}`, type: 'about:blank' },
    });
    expect(error.response.status).toBe(status);
    expect(error.message).toBe(`${status} from /industries (Invoice.NotFound: status ${status})`);
  });

  it('gives an HTML error page its text, not its markup', async () => {
    const html =
      '<html><head><title>502</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';
    const error = await errorFor(raw(502, html));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.problem).toMatchObject({
      status: 502,
      title: 'Bad Gateway',
      detail: '502 502 Bad Gateway nginx',
    });
  });

  it('still types an error whose body is garbage, empty, or JSON that is not an object', async () => {
    expect(await errorFor(raw(400, 'not json {', 'text/plain'))).toMatchObject({
      name: 'BadRequestError',
      problem: { detail: 'not json {' },
    });
    const empty = await errorFor(raw(404, ''));
    expect(empty).toMatchObject({ name: 'NotFoundError', problem: { title: 'Not Found', detail: null } });
    expect(empty.message).toBe('404 from /industries (Not Found)');
    expect(await errorFor(raw(409, '[1,2]', 'application/json'))).toMatchObject({ name: 'ConflictError' });
  });

  it('keeps the Response out of JSON.stringify and util.inspect', async () => {
    const error = await errorFor(problem(404));
    expect(Object.keys(JSON.parse(JSON.stringify(error)))).not.toContain('response');
    expect(inspect(error)).not.toContain('Response');
  });
});

describe('error classes', () => {
  const samples: [string, DolfinError][] = [
    ['DolfinError', new DolfinError('x')],
    ['DolfinOptionError', new DolfinOptionError('timeout', 'x')],
    ['DolfinPathError', new DolfinPathError('organisationId', 'x')],
    ['DolfinConnectionError', new DolfinConnectionError('GET', '/me', 1, 'ECONNRESET', 'x')],
    ['DolfinTimeoutError', new DolfinTimeoutError('GET', '/me', 1, 10)],
    ['DolfinAbortError', new DolfinAbortError('GET', '/me')],
  ];

  it.each(samples)('%s sets its own name, so stack traces say what happened', (name, error) => {
    expect(error.name).toBe(name);
    expect(String(error.stack)).toMatch(new RegExp(`^${name}: `));
  });

  it('are recognised by the guards whichever copy of the package made them', () => {
    const fromCjs = new cjs.NotFoundError(new Response(null, { status: 404 }), { status: 404 });
    expect(fromCjs).not.toBeInstanceOf(NotFoundError); // why the guards exist
    expect(isDolfinError(fromCjs)).toBe(true);
    expect(isDolfinApiError(fromCjs)).toBe(true);
    expect(
      cjs.isDolfinApiError(new NotFoundError(new Response(null, { status: 404 }), { status: 404 })),
    ).toBe(true);
    expect(isDolfinError(new cjs.DolfinTimeoutError('GET', '/me', 1, 10))).toBe(true);
    expect(isDolfinApiError(new cjs.DolfinTimeoutError('GET', '/me', 1, 10))).toBe(false);
    expect(isDolfinError(new Error('x'))).toBe(false);
    expect(isDolfinError(null)).toBe(false);
  });
});
