// The application's own code misbehaving inside a request: a logger that rejects, a credential that throws, rejects
// or never settles. Each wait is bounded by the attempt's timeout or the caller's signal; each failure is typed.
import {
  DolfinAbortError,
  DolfinConnectionError,
  DolfinCredentialError,
  DolfinTimeoutError,
  type RequestLog,
  unwrap,
} from '@dolfinai/core';
import type { Credential } from '@dolfinai/core/internal';
import { describe, expect, it } from 'vitest';
import { ok, problem, rejectionOf, useFaultServers } from '../../../test/fault-server.js';
import { HANG_TIMEOUT } from '../../../test/hang-timeout.js';
import { organisationBody, testClient } from './test-client.js';

const serve = useFaultServers();

/** Collects the unhandled rejections that happen while `run` runs and for a few turns after. */
async function unhandledDuring(run: () => Promise<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const record = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', record);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    process.off('unhandledRejection', record);
  }
  return seen;
}

const never = new Promise<string>(() => undefined);

function credential(apply: Credential['apply'], renew?: Credential['renew']): Credential {
  return renew ? { header: 'x-test-secret', apply, renew } : { header: 'x-test-secret', apply };
}

describe('logger', () => {
  it('an async logger that rejects cannot crash the process or fail the request', async () => {
    const { url } = await serve(problem(503), ok([]));
    const logger = async () => {
      throw new Error('log shipper down');
    };
    let result: unknown;
    const unhandled = await unhandledDuring(async () => {
      result = await unwrap(testClient(url, { logger }).GET('/industries'));
    });
    expect(result).toEqual([]);
    expect(unhandled).toEqual([]);
  });
});

describe('a credential that misbehaves', () => {
  it('failing with one of our errors (a token fetched with this SDK): passed on, never retried, logged as credential', async () => {
    const { url, hits } = await serve(ok([]));
    const inner = new DolfinConnectionError(
      'POST',
      '/auth/exchange',
      1,
      'ECONNREFUSED',
      'connection refused',
    );
    let calls = 0;
    const entries: RequestLog[] = [];
    const failing = credential(() => {
      calls++;
      throw inner;
    });
    const dolfin = testClient(url, { credential: failing, logger: (entry) => entries.push(entry) });
    expect(await rejectionOf(dolfin.POST('/organisations', { body: organisationBody }))).toBe(inner);
    expect(calls).toBe(1);
    expect(entries.map((entry) => [entry.failure, entry.retryInMs])).toEqual([['credential', undefined]]);
    expect(hits).toEqual([]);
  });

  it('never settling: the attempt times out, nothing is sent', async () => {
    const { url, hits } = await serve(ok([]));
    const dolfin = testClient(url, { credential: credential(() => never), timeout: HANG_TIMEOUT });
    const started = performance.now();
    const error = await rejectionOf(dolfin.GET('/industries'));
    expect(error).toBeInstanceOf(DolfinTimeoutError);
    expect(performance.now() - started).toBeLessThan(HANG_TIMEOUT * 4);
    expect(hits).toEqual([]);
  });

  it("never settling: the caller's signal ends the wait", async () => {
    const { url, hits } = await serve(ok([]));
    const dolfin = testClient(url, { credential: credential(() => never) });
    const controller = new AbortController();
    const call = dolfin.GET('/industries', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await rejectionOf(call)).toBeInstanceOf(DolfinAbortError);
    expect(hits).toEqual([]);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('vault sealed');
      },
    ],
    ['rejects', () => Promise.reject(new Error('vault sealed'))],
  ])('%s: a DolfinCredentialError with the app error as cause, nothing sent', async (_, apply) => {
    const { url, hits } = await serve(ok({ id: 'org' }, 201));
    const dolfin = testClient(url, { credential: credential(apply as Credential['apply']) });
    const error = await rejectionOf(dolfin.POST('/organisations', { body: organisationBody }));
    expect(error).toBeInstanceOf(DolfinCredentialError);
    expect((error as Error).cause).toMatchObject({ message: 'vault sealed' });
    expect(hits).toEqual([]);
  });

  it('a renewal that rejects: a DolfinCredentialError with the cause for the request that got the 401', async () => {
    const { url, hits } = await serve(problem(401));
    const dolfin = testClient(url, {
      credential: credential(
        (request) => {
          request.headers.set('x-test-secret', 'old');
          return 'old';
        },
        () => Promise.reject(new Error('renewal endpoint down')),
      ),
    });
    const error = await rejectionOf(dolfin.GET('/industries'));
    expect(error).toBeInstanceOf(DolfinCredentialError);
    expect((error as Error).cause).toMatchObject({ message: 'renewal endpoint down' });
    expect(hits).toHaveLength(1);
  });

  it('a renewal that never settles is bounded by the timeout', async () => {
    const { url } = await serve(problem(401));
    const dolfin = testClient(url, {
      timeout: HANG_TIMEOUT,
      credential: credential(
        () => 'old',
        () => new Promise<boolean>(() => undefined),
      ),
    });
    expect(await rejectionOf(dolfin.GET('/industries'))).toBeInstanceOf(DolfinTimeoutError);
  });
});
