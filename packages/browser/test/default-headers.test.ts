// What the browser client sends besides the call's own headers: no SDK header by default (the API's CORS policy
// would have to allow it), and the app's default `headers`, which can never carry or replace a credential.
import { createBrowserClient, createPublicClient, DolfinOptionError, unwrap } from '@dolfinai/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HeaderServer, listenForHeaders } from '../../../test/header-server.js';

const token = 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln';
let api: HeaderServer;
beforeAll(async () => {
  api = await listenForHeaders();
});
afterAll(() => api.close());
const lastHeaders = () => api.received.at(-1)?.headers;

describe('browser client headers', () => {
  it('sends no x-dolfin-sdk header, which a CORS preflight would have to allow', async () => {
    await unwrap(createBrowserClient({ token, baseUrl: api.url }).GET('/me'));
    expect(lastHeaders()).not.toHaveProperty('x-dolfin-sdk');
    expect(lastHeaders()?.authorization).toBe(`Bearer ${token}`);
  });

  it('sends the default headers on every request', async () => {
    const dolfin = createBrowserClient({ token, baseUrl: api.url, headers: { 'x-app-version': '4.2.0' } });
    await unwrap(dolfin.GET('/me'));
    expect(lastHeaders()?.['x-app-version']).toBe('4.2.0');
    const visitor = createPublicClient({ baseUrl: api.url, headers: { 'x-app-version': '4.2.0' } });
    await unwrap(visitor.GET('/i/{token}', { params: { path: { token: 'pay_7Hq2x9' } } }));
    expect(lastHeaders()?.['x-app-version']).toBe('4.2.0');
  });

  it.each(['authorization', 'Authorization', 'x-dolfin-api-key'])('cannot set %s', (name) => {
    const build = () => createBrowserClient({ token, baseUrl: api.url, headers: { [name]: 'Bearer other' } });
    expect(build).toThrow(DolfinOptionError);
    expect(() => createPublicClient({ baseUrl: api.url, headers: { [name]: 'Bearer other' } })).toThrow(
      DolfinOptionError,
    );
  });
});
