// Fault injection: each test scripts what a local server answers and asserts the attempts it saw, the result or
// typed error the caller got, and, for writes, that the server never received the same write twice.
import {
  DolfinAbortError,
  DolfinConnectionError,
  DolfinTimeoutError,
  InternalServerError,
  RateLimitError,
  unwrap,
} from '@dolfinai/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closedPortUrl,
  type FaultServer,
  hang,
  ok,
  problem,
  rejectionOf,
  reset,
  startFaultServer,
} from '../../../test/fault-server.js';
import { HANG_TIMEOUT } from '../../../test/hang-timeout.js';
import { organisationBody, testClient } from './test-client.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(...steps: Parameters<typeof startFaultServer>) {
  server = await startFaultServer(...steps);
  return server;
}

function createOrganisation(baseUrl: string, setup: Parameters<typeof testClient>[1] = {}) {
  return testClient(baseUrl, setup).POST('/organisations', { body: organisationBody });
}

describe('429 with Retry-After', () => {
  it('waits and retries a read, then returns the success', async () => {
    const { url, hits } = await serve(problem(429, { 'retry-after': '0' }), ok([{ id: 'x' }]));
    const industries = await unwrap(testClient(url).GET('/industries'));
    expect(industries).toEqual([{ id: 'x' }]);
    expect(hits).toHaveLength(2);
  });

  it('re-sends a write: the server refused it before acting', async () => {
    const { url, hits } = await serve(problem(429, { 'retry-after': '0' }), ok({ id: 'org' }, 201));
    await expect(unwrap(createOrganisation(url))).resolves.toEqual({ id: 'org' });
    expect(hits.map((hit) => hit.method)).toEqual(['POST', 'POST']);
  });

  it('accepts Retry-After as an HTTP date', async () => {
    const past = new Date(Date.now() - 1_000).toUTCString();
    const { url, hits } = await serve(problem(429, { 'retry-after': past }), ok([]));
    await unwrap(testClient(url).GET('/industries'));
    expect(hits).toHaveLength(2);
  });

  it('returns the RateLimitError without retrying when Retry-After is beyond the cap', async () => {
    const { url, hits } = await serve(problem(429, { 'retry-after': '120' }));
    const error = await rejectionOf(unwrap(testClient(url).GET('/industries')));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ name: 'RateLimitError', status: 429 });
    expect(hits).toHaveLength(1);
  });
});

describe('5xx', () => {
  it('retries a read after 500 and after 503, then returns the success', async () => {
    const { url, hits } = await serve(problem(500), problem(503), ok([]));
    await expect(unwrap(testClient(url).GET('/industries'))).resolves.toEqual([]);
    expect(hits).toHaveLength(3);
  });

  it('stops after maxRetries (2 by default): three attempts, then the typed error', async () => {
    const { url, hits } = await serve(problem(502));
    const error = await rejectionOf(unwrap(testClient(url).GET('/industries')));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502 });
    expect(hits).toHaveLength(3);
  });

  it('honours maxRetries per client and per request', async () => {
    const { url, hits } = await serve(problem(500));
    await testClient(url, { maxRetries: 0 }).GET('/industries');
    expect(hits).toHaveLength(1);
    await testClient(url, { maxRetries: 0 }).GET('/industries', { maxRetries: 4 });
    expect(hits).toHaveLength(1 + 5);
    await testClient(url).GET('/industries', { maxRetries: 0 });
    expect(hits).toHaveLength(1 + 5 + 1);
  });

  it('never re-sends a write after 500: it may have been done', async () => {
    const { url, hits } = await serve(problem(500), ok({ id: 'org' }, 201));
    const error = await rejectionOf(unwrap(createOrganisation(url)));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(hits).toHaveLength(1);
  });

  it('never re-sends a write after a 503 without Retry-After, but does after one with it', async () => {
    const bare = await serve(problem(503), ok({ id: 'org' }, 201));
    expect((await createOrganisation(bare.url)).response.status).toBe(503);
    expect(bare.hits).toHaveLength(1);
    await bare.close();

    const told = await serve(problem(503, { 'retry-after': '0' }), ok({ id: 'org' }, 201));
    expect((await createOrganisation(told.url)).response.status).toBe(201);
    expect(told.hits).toHaveLength(2);
  });
});

describe('connection failures', () => {
  it('retries a read after a connection reset', async () => {
    const { url, hits } = await serve(reset(), ok([]));
    await expect(unwrap(testClient(url).GET('/industries'))).resolves.toEqual([]);
    expect(hits).toHaveLength(2);
  });

  it('never re-sends a write after a reset: the server had read it', async () => {
    const { url, hits } = await serve(reset(), ok({ id: 'org' }, 201));
    const error = await rejectionOf(createOrganisation(url));
    expect(error).toBeInstanceOf(DolfinConnectionError);
    expect(error).toMatchObject({
      name: 'DolfinConnectionError',
      method: 'POST',
      path: '/organisations',
      attempts: 1,
      code: 'ECONNRESET',
    });
    expect(hits).toHaveLength(1);
  });

  it('retries a write whose connection was refused, and reports every attempt', async () => {
    const error = await rejectionOf(createOrganisation(await closedPortUrl()));
    expect(error).toBeInstanceOf(DolfinConnectionError);
    expect(error).toMatchObject({ attempts: 3, code: 'ECONNREFUSED' });
    expect((error as Error).message).toMatch(/^POST \/organisations got no response after 3 attempts: /);
  });

  it('delivers a write exactly once when the first connection was refused', async () => {
    const { url, hits } = await serve(ok({ id: 'org' }, 201));
    let calls = 0;
    const refuseFirst: typeof fetch = (input, init) => {
      calls++;
      if (calls === 1) {
        return Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }));
      }
      return fetch(input, init);
    };
    await expect(unwrap(createOrganisation(url, { fetch: refuseFirst }))).resolves.toEqual({ id: 'org' });
    expect(calls).toBe(2);
    expect(hits).toHaveLength(1);
    expect(JSON.parse(hits[0]?.body ?? '')).toEqual(organisationBody);
  });
});

describe('timeouts', () => {
  it('gives each attempt of a read its own timeout, then throws DolfinTimeoutError', async () => {
    const { url, hits } = await serve(hang());
    const error = await rejectionOf(testClient(url, { timeout: HANG_TIMEOUT }).GET('/industries'));
    expect(error).toBeInstanceOf(DolfinTimeoutError);
    expect(error).toBeInstanceOf(DolfinConnectionError);
    expect(error).toMatchObject({ name: 'DolfinTimeoutError', attempts: 3 });
    expect((error as Error).message).toBe(
      `GET /industries got no response after 3 attempts: timed out after ${HANG_TIMEOUT} ms`,
    );
    expect(hits).toHaveLength(3);
  });

  it('recovers when a later attempt answers in time', async () => {
    const { url, hits } = await serve(hang(), ok([]));
    await expect(unwrap(testClient(url, { timeout: HANG_TIMEOUT }).GET('/industries'))).resolves.toEqual([]);
    expect(hits).toHaveLength(2);
  });

  it('never re-sends a write that timed out', async () => {
    const { url, hits } = await serve(hang());
    const error = await rejectionOf(createOrganisation(url, { timeout: HANG_TIMEOUT }));
    expect(error).toMatchObject({ name: 'DolfinTimeoutError', attempts: 1 });
    expect(hits).toHaveLength(1);
  });

  it('takes a per-request timeout', async () => {
    const { url } = await serve(hang());
    const dolfin = testClient(url);
    const error = await rejectionOf(dolfin.GET('/industries', { timeout: HANG_TIMEOUT + 1, maxRetries: 0 }));
    expect((error as Error).message).toBe(
      `GET /industries got no response: timed out after ${HANG_TIMEOUT + 1} ms`,
    );
  });
});

describe("the caller's signal", () => {
  it('aborts a request in flight with DolfinAbortError, never retried', async () => {
    const controller = new AbortController();
    const { url, hits } = await serve((_, hit) => {
      expect(hit.method).toBe('GET');
      controller.abort();
    });
    const error = await rejectionOf(testClient(url).GET('/industries', { signal: controller.signal }));
    expect(error).toBeInstanceOf(DolfinAbortError);
    expect(error).toMatchObject({ name: 'DolfinAbortError', method: 'GET', path: '/industries' });
    expect(hits).toHaveLength(1);
  });

  it('cancels the wait before a retry', async () => {
    const controller = new AbortController();
    const { url, hits } = await serve(problem(503));
    const dolfin = testClient(url, {
      backoff: { initialDelay: 60_000 },
      logger: (entry) => {
        if (entry.retryInMs !== undefined) controller.abort();
      },
    });
    const error = await rejectionOf(dolfin.GET('/industries', { signal: controller.signal }));
    expect(error).toBeInstanceOf(DolfinAbortError);
    expect(hits).toHaveLength(1);
  });

  it('waits as long as Retry-After asks', async () => {
    const controller = new AbortController();
    const { url, hits } = await serve(problem(429, { 'retry-after': '1' }));
    const waits: (number | undefined)[] = [];
    const dolfin = testClient(url, {
      logger: (entry) => {
        waits.push(entry.retryInMs);
        controller.abort(); // the wait itself is not the point: end the call at once
      },
    });
    await rejectionOf(dolfin.POST('/organisations', { body: organisationBody, signal: controller.signal }));
    expect(waits).toEqual([1000]);
    expect(hits).toHaveLength(1);
  });

  it('gives errors the same concrete path with or without a logger', async () => {
    const { url } = await serve(hang());
    const call = (logger?: () => void) =>
      rejectionOf(
        testClient(url, { timeout: HANG_TIMEOUT, maxRetries: 0, logger }).GET(
          '/organisations/{organisationId}/users',
          { params: { path: { organisationId: '9a658587-fe02-402e-b1ac-bfaf53274ef8' } } },
        ),
      );
    const path = '/organisations/9a658587-fe02-402e-b1ac-bfaf53274ef8/users';
    expect(await call()).toMatchObject({ name: 'DolfinTimeoutError', path });
    expect(await call(() => undefined)).toMatchObject({ name: 'DolfinTimeoutError', path });
  });

  it('never sends a request whose signal has already aborted', async () => {
    const { url, hits } = await serve(ok());
    const error = await rejectionOf(testClient(url).GET('/industries', { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(DolfinAbortError);
    expect(hits).toHaveLength(0);
  });
});
