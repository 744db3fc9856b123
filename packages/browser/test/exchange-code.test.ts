// The auth code is single-use and worth an 8-hour session: the exchange must never carry it anywhere but the
// configured origin, and the caller controls how long it may take.
import { exchangeCode, isDolfinError } from '@dolfinai/browser';
import { describe, expect, it } from 'vitest';
import { hang, ok, rejectionOf, useFaultServers } from '../../../test/fault-server.js';
import { expectNoSecret } from '../../../test/secret-exposure.js';

const CODE = 'ac_8f3b2c1d9e7a4f60b5d1';
const session = {
  token: 'a.b.c',
  userId: 'a1111111-1111-1111-1111-111111111111',
  organisations: [],
};

const serve = useFaultServers();

const requestOnly = ((request: Request) => globalThis.fetch(request)) as typeof globalThis.fetch;

describe('redirects', () => {
  it.each([
    [301, undefined],
    [302, undefined],
    [303, undefined],
    [307, undefined],
    [308, undefined],
    [307, requestOnly],
    [308, requestOnly],
  ])('a %i to another origin is a RedirectError and the code goes nowhere else', async (status, fetch) => {
    const elsewhere = await serve(ok(session));
    const api = await serve((response) => {
      response.writeHead(status, { location: `${elsewhere.url}/auth/exchange` });
      response.end();
    });
    const error = await rejectionOf(exchangeCode(CODE, { baseUrl: api.url, fetch }));
    expect(error).toMatchObject({ name: 'RedirectError', status });
    expect(isDolfinError(error)).toBe(true);
    expect(api.hits).toHaveLength(1);
    expect(elsewhere.hits).toEqual([]);
  });

  it('a same-origin redirect loop sends the code once', async () => {
    const api = await serve((response) => {
      response.writeHead(307, { location: '/auth/exchange' });
      response.end();
    });
    await rejectionOf(exchangeCode(CODE, { baseUrl: api.url }));
    expect(api.hits).toHaveLength(1);
  });
});

describe('signal and headers', () => {
  it('a signal aborts the exchange', async () => {
    const api = await serve(hang());
    const controller = new AbortController();
    const exchange = exchangeCode(CODE, { baseUrl: api.url, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await rejectionOf(exchange)).toMatchObject({ name: 'DolfinAbortError' });
  });

  it('headers are sent, next to the JSON content type', async () => {
    const api = await serve(ok(session));
    await exchangeCode(CODE, { baseUrl: api.url, headers: { 'x-trace-id': 't-1' } });
    expect(api.hits[0]?.headers).toMatchObject({ 'x-trace-id': 't-1', 'content-type': 'application/json' });
    expect(JSON.parse(api.hits[0]?.body ?? '')).toEqual({ code: CODE });
  });

  it.each([['content-type'], ['Content-Type'], ['authorization'], ['x-dolfin-api-key'], ['cookie']])(
    'a %s header is refused before anything is sent',
    async (name) => {
      const api = await serve(ok(session));
      const error = await rejectionOf(
        exchangeCode(CODE, { baseUrl: api.url, headers: { [name]: 'text/plain' } }),
      );
      expect(error).toMatchObject({ name: 'DolfinOptionError', option: 'headers' });
      expect(api.hits).toEqual([]);
    },
  );
});

describe('the code in errors', () => {
  it('a server that echoes the code back does not put it in the error', async () => {
    const api = await serve((response, hit) => {
      response.writeHead(400, { 'content-type': 'application/problem+json' });
      response.end(
        JSON.stringify({ title: 'Auth.InvalidCode', detail: `code ${JSON.parse(hit.body).code} is used` }),
      );
    });
    const error = await rejectionOf(exchangeCode(CODE, { baseUrl: api.url }));
    expect(error).toMatchObject({ name: 'BadRequestError', status: 400 });
    expectNoSecret(error, CODE);
  });

  it('a 2xx that is not JSON is a typed error, without the code', async () => {
    const api = await serve((response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<p>${CODE}</p>`);
    });
    const error = await rejectionOf(exchangeCode(CODE, { baseUrl: api.url }));
    expect(error).toMatchObject({ name: 'DolfinResponseParseError', status: 200 });
    expectNoSecret(error, CODE);
  });
});
