// A custom fetch that forwards only the Request (`(request) => globalThis.fetch(request)`, the usual tracing
// wrapper) drops fetch's second argument. What the transport needs from a fetch must therefore travel on the
// Request itself: the redirect mode and the attempt's timeout signal.
import { getEventListeners } from 'node:events';
import { DolfinAbortError, DolfinTimeoutError, RedirectError, unwrap } from '@dolfinai/core';
import { describe, expect, it } from 'vitest';
import { hang, ok, problem, rejectionOf, type Step, useFaultServers } from '../../../test/fault-server.js';
import { HANG_TIMEOUT } from '../../../test/hang-timeout.js';
import { organisationBody, SECRET, testClient } from './test-client.js';

const serve = useFaultServers();

const requestOnly = ((request: Request) => globalThis.fetch(request)) as typeof globalThis.fetch;

function redirectTo(location: string, status: number): Step {
  return (response) => {
    response.writeHead(status, { location });
    response.end();
  };
}

describe('redirects with a fetch that forwards only the Request', () => {
  it.each([301, 302, 303, 307, 308])(
    'a %i to another origin gets neither the credential nor the body',
    async (status) => {
      const elsewhere = await serve(ok([]));
      const api = await serve(redirectTo(`${elsewhere.url}/organisations`, status));
      const error = await rejectionOf(
        unwrap(
          testClient(api.url, { fetch: requestOnly }).POST('/organisations', { body: organisationBody }),
        ),
      );
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ status, location: `${elsewhere.url}/organisations` });
      expect(api.hits).toHaveLength(1);
      expect(elsewhere.hits).toEqual([]);
    },
  );

  it('a redirect loop is one request, not twenty', async () => {
    const api = await serve((response, hit) => redirectTo(hit.url, 307)(response, hit));
    const error = await rejectionOf(unwrap(testClient(api.url, { fetch: requestOnly }).GET('/industries')));
    expect(error).toBeInstanceOf(RedirectError);
    expect(api.hits).toHaveLength(1);
  });

  it('a browser-style opaque redirect (status 0, no Location) is a RedirectError too', async () => {
    const opaque = (async () => {
      const response = new Response(null, { status: 200 });
      Object.defineProperties(response, {
        type: { value: 'opaqueredirect' },
        status: { value: 0 },
        ok: { value: false },
      });
      return response;
    }) as unknown as typeof globalThis.fetch;
    const error = (await rejectionOf(
      unwrap(testClient('http://127.0.0.1:9', { fetch: opaque }).GET('/industries')),
    )) as RedirectError;
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.location).toBeUndefined();
    expect(error.message).toMatch(/a redirect, not followed/);
  });

  it('the Location is quoted without its query, where a secret could ride along', async () => {
    const api = await serve(redirectTo(`http://127.0.0.1:9/next?key=${SECRET}`, 302));
    const error = (await rejectionOf(unwrap(testClient(api.url).GET('/industries')))) as RedirectError;
    expect(error.location).toBe('http://127.0.0.1:9/next');
    expect(error.message).not.toContain(SECRET);
  });
});

describe('the timeout with a fetch that forwards only the Request', () => {
  it('still ends a hung attempt with a DolfinTimeoutError', async () => {
    const { url, hits } = await serve(hang());
    const dolfin = testClient(url, { fetch: requestOnly, timeout: HANG_TIMEOUT, maxRetries: 1 });
    const error = await rejectionOf(dolfin.GET('/industries'));
    expect(error).toBeInstanceOf(DolfinTimeoutError);
    expect(hits).toHaveLength(2);
  });

  it("still lets the caller's signal abort it", async () => {
    const { url } = await serve(hang());
    const controller = new AbortController();
    const call = testClient(url, { fetch: requestOnly }).GET('/industries', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await rejectionOf(call)).toBeInstanceOf(DolfinAbortError);
  });
});

describe('listener lifetimes', () => {
  it('leaves no abort listener behind per retry on the request', async () => {
    const { url } = await serve(problem(503));
    let original: Request | undefined;
    const counts: number[] = [];
    const counting = ((request: Request, init?: RequestInit) => {
      counts.push(getEventListeners((original as Request).signal, 'abort').length);
      return globalThis.fetch(request, init);
    }) as typeof globalThis.fetch;
    const controller = new AbortController();
    const dolfin = testClient(url, {
      fetch: counting,
      maxRetries: 10,
      backoff: { initialDelay: 0, maxDelay: 0 },
    });
    dolfin.use({
      onRequest({ request }) {
        original = request;
      },
    });
    const { response } = await dolfin.GET('/industries', { signal: controller.signal });
    expect(response.status).toBe(503);
    expect(counts).toHaveLength(11);
    expect(new Set(counts).size).toBe(1);
  });
});
