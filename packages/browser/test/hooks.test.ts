// Token hooks and token providers that misbehave: they throw, reject, never settle, hand back the token that was
// just refused or one that is already expiring, and are met by many requests at once. No request waits forever,
// no hook is called in a loop, and only requests that needed the hook get its failure.
import { createBrowserClient, isDolfinError, unwrap } from '@dolfinai/browser';
import { describe, expect, it } from 'vitest';
import { ok, problem, rejectionOf, type Step, useFaultServers } from '../../../test/fault-server.js';
import { HANG_TIMEOUT } from '../../../test/hang-timeout.js';
import { expectNoSecret } from '../../../test/secret-exposure.js';
import { epochSeconds, jwt } from './jwt.js';

const serve = useFaultServers();

/** Answers 200 to requests bearing `token`, 401 to the rest. */
function acceptOnly(token: string): Step {
  return (response, hit) =>
    hit.headers.authorization === `Bearer ${token}` ? ok()(response, hit) : problem(401)(response, hit);
}

const never = () => new Promise<string>(() => undefined);

describe('onUnauthorized that fails', () => {
  it('throwing: the request that got the 401 fails with a DolfinCredentialError whose cause is the app error', async () => {
    const { url } = await serve(problem(401));
    const failure = new Error('login service down');
    const dolfin = createBrowserClient({
      token: 'old-token',
      baseUrl: url,
      onUnauthorized: () => {
        throw failure;
      },
    });
    const error = await rejectionOf(dolfin.GET('/me'));
    expect(error).toMatchObject({ name: 'DolfinCredentialError', option: 'onUnauthorized' });
    expect(isDolfinError(error)).toBe(true);
    expect((error as Error).cause).toBe(failure);
    expectNoSecret(error, 'old-token');
  });

  it('rejecting while other requests wait: those are still sent and get their own answers', async () => {
    const { url, hits } = await serve((response, hit) =>
      hit.url === '/me' ? problem(401)(response, hit) : ok()(response, hit),
    );
    let release: (value?: unknown) => void = () => undefined;
    const gate = new Promise((resolve) => {
      release = resolve;
    });
    let calls = 0;
    const dolfin = createBrowserClient({
      token: 'old-token',
      baseUrl: url,
      onUnauthorized: async () => {
        calls++;
        await gate;
        throw new Error('login service down');
      },
    });
    const failed = rejectionOf(dolfin.GET('/me'));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the 401 arrived, the hook runs
    const waiting = dolfin.GET('/industries');
    release();
    expect(await failed).toMatchObject({ name: 'DolfinCredentialError' });
    expect((await waiting).response.status).toBe(200);
    expect(calls).toBe(1);
    expect(hits.map((hit) => hit.url)).toEqual(['/me', '/industries']);
  });

  it('never settling: the request that waits for it times out', async () => {
    const { url } = await serve(problem(401));
    const dolfin = createBrowserClient({
      token: 'old-token',
      baseUrl: url,
      timeout: HANG_TIMEOUT,
      onUnauthorized: never,
    });
    expect(await rejectionOf(dolfin.GET('/me'))).toMatchObject({ name: 'DolfinTimeoutError' });
  });
});

describe('onTokenExpiring that never settles', () => {
  it('holds requests no longer than their timeout', async () => {
    const { url, hits } = await serve(ok());
    const dolfin = createBrowserClient({
      token: jwt({ exp: epochSeconds(30) }),
      baseUrl: url,
      timeout: HANG_TIMEOUT,
      onTokenExpiring: never,
    });
    const started = performance.now();
    const error = await rejectionOf(dolfin.GET('/me'));
    expect(error).toMatchObject({ name: 'DolfinTimeoutError' });
    expect(performance.now() - started).toBeLessThan(HANG_TIMEOUT * 4);
    expect(hits).toEqual([]);
  });
});

describe('hooks that hand back a token that cannot help', () => {
  it('onUnauthorized returning the refused token: one call, the 401 comes back, no re-send', async () => {
    const { url, hits } = await serve(problem(401));
    let calls = 0;
    const dolfin = createBrowserClient({
      token: 'same-token',
      baseUrl: url,
      onUnauthorized: () => {
        calls++;
        return 'same-token';
      },
    });
    for (let wave = 0; wave < 3; wave++) {
      const results = await Promise.all([dolfin.GET('/me'), dolfin.GET('/me')]);
      expect(results.map(({ response }) => response.status)).toEqual([401, 401]);
    }
    expect(calls).toBe(1);
    expect(hits).toHaveLength(6);
  });

  it('onTokenExpiring returning a token that is already expiring: asked once, not before every request', async () => {
    const { url } = await serve(ok());
    let calls = 0;
    const dolfin = createBrowserClient({
      token: jwt({ sub: 'first', exp: epochSeconds(30) }),
      baseUrl: url,
      onTokenExpiring: () => {
        calls++;
        return jwt({ sub: `renewed-${calls}`, exp: epochSeconds(10) });
      },
    });
    for (let request = 0; request < 5; request++) await unwrap(dolfin.GET('/me'));
    expect(calls).toBe(1);
  });

  it('onTokenExpiring returning the same token: asked once', async () => {
    const expiring = jwt({ sub: 'first', exp: epochSeconds(30) });
    const { url } = await serve(ok());
    let calls = 0;
    const dolfin = createBrowserClient({
      token: expiring,
      baseUrl: url,
      onTokenExpiring: () => {
        calls++;
        return expiring;
      },
    });
    for (let request = 0; request < 5; request++) await unwrap(dolfin.GET('/me'));
    expect(calls).toBe(1);
  });
});

describe('token as a provider', () => {
  it('is called per request, so a rotated token is used from the next request on', async () => {
    const { url, hits } = await serve(ok());
    let current = 'token-one';
    const dolfin = createBrowserClient({ token: () => current, baseUrl: url });
    await unwrap(dolfin.GET('/me'));
    current = 'token-two';
    await unwrap(dolfin.GET('/me'));
    expect(hits.map((hit) => hit.headers.authorization)).toEqual(['Bearer token-one', 'Bearer token-two']);
  });

  it('may be async', async () => {
    const { url, hits } = await serve(acceptOnly('async-token'));
    const dolfin = createBrowserClient({ token: async () => 'async-token', baseUrl: url });
    await unwrap(dolfin.GET('/me'));
    expect(hits[0]?.headers.authorization).toBe('Bearer async-token');
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('no session');
      },
    ],
    ['rejects', () => Promise.reject(new Error('no session'))],
    ['gives no token', () => undefined as unknown as string],
  ])('%s: a DolfinCredentialError naming token, nothing sent', async (_, token) => {
    const { url, hits } = await serve(ok());
    const error = await rejectionOf(createBrowserClient({ token, baseUrl: url }).GET('/me'));
    expect(error).toMatchObject({ name: 'DolfinCredentialError', option: 'token' });
    expect(hits).toEqual([]);
  });

  it('never settling: bounded by the timeout', async () => {
    const { url, hits } = await serve(ok());
    const dolfin = createBrowserClient({ token: never, baseUrl: url, timeout: HANG_TIMEOUT });
    expect(await rejectionOf(dolfin.GET('/me'))).toMatchObject({ name: 'DolfinTimeoutError' });
    expect(hits).toEqual([]);
  });

  it('still gets onUnauthorized on a 401', async () => {
    const { url, hits } = await serve(acceptOnly('fresh'));
    const dolfin = createBrowserClient({ token: () => 'stale', baseUrl: url, onUnauthorized: () => 'fresh' });
    await unwrap(dolfin.GET('/me'));
    expect(hits.map((hit) => hit.headers.authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('is checked as a function or a token at construction', () => {
    expect(() => createBrowserClient({ token: 42 as unknown as string })).toThrow(/token/);
  });
});
