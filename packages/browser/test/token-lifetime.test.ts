import {
  AuthenticationError,
  createBrowserClient,
  isTokenExpired,
  readStoredToken,
  readTokenExpiry,
  sessionTokenStorage,
  unwrap,
} from '@dolfinai/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, problem, type Step, useFaultServers } from '../../../test/fault-server.js';
import { epochSeconds, jwt } from './jwt.js';

const serve = useFaultServers();

/** Answers 200 to requests bearing `token`, 401 to the rest. */
function acceptOnly(token: string): Step {
  return (response, hit) =>
    hit.headers.authorization === `Bearer ${token}` ? ok()(response, hit) : problem(401)(response, hit);
}

describe('reading the token expiry', () => {
  it('reads exp from a JWT as a date', () => {
    expect(readTokenExpiry(jwt({ sub: 'a1111111', exp: 1_736_937_000 }))?.toISOString()).toBe(
      '2025-01-15T10:30:00.000Z',
    );
  });

  it.each([['not-a-jwt'], ['a.b.c'], [jwt({ sub: 'no exp' })], [jwt({ exp: 'soon' })], ['']])(
    'has no expiry for %j',
    (token) => {
      expect(readTokenExpiry(token)).toBeUndefined();
      expect(isTokenExpired(token)).toBe(false);
    },
  );

  it('treats a token as expired skewSeconds early (60 by default)', () => {
    expect(isTokenExpired(jwt({ exp: epochSeconds(30) }))).toBe(true);
    expect(isTokenExpired(jwt({ exp: epochSeconds(90) }))).toBe(false);
    expect(isTokenExpired(jwt({ exp: epochSeconds(30) }), 0)).toBe(false);
    expect(isTokenExpired(jwt({ exp: epochSeconds(-1) }), 0)).toBe(true);
  });
});

describe('onTokenExpiring', () => {
  it('is asked once, before the first request made within the skew, and its token is used', async () => {
    const expiring = jwt({ sub: 'alice', exp: epochSeconds(30) });
    const renewed = jwt({ sub: 'alice', exp: epochSeconds(8 * 3600) });
    const { url, hits } = await serve(acceptOnly(renewed));
    const asked: Date[] = [];
    const dolfin = createBrowserClient({
      token: expiring,
      baseUrl: url,
      onTokenExpiring: ({ expiresAt }) => {
        asked.push(expiresAt);
        return renewed;
      },
    });
    await Promise.all([unwrap(dolfin.GET('/me')), unwrap(dolfin.GET('/me'))]);
    await unwrap(dolfin.GET('/me'));
    expect(asked).toHaveLength(1);
    expect(asked[0]?.getTime()).toBe(readTokenExpiry(expiring)?.getTime());
    expect(hits.map((hit) => hit.headers.authorization)).toEqual(Array(3).fill(`Bearer ${renewed}`));
  });

  it('is not asked while the token is outside the skew, nor again when it kept the token', async () => {
    const { url } = await serve(ok());
    let asked = 0;
    const onTokenExpiring = () => {
      asked++;
    };
    const fresh = createBrowserClient({
      token: jwt({ exp: epochSeconds(3600) }),
      baseUrl: url,
      onTokenExpiring,
    });
    await fresh.GET('/me');
    expect(asked).toBe(0);
    const close = createBrowserClient({
      token: jwt({ exp: epochSeconds(120) }),
      baseUrl: url,
      onTokenExpiring,
      expirySkewSeconds: 300,
    });
    await close.GET('/me');
    await close.GET('/me');
    expect(asked).toBe(1);
  });
});

describe('onUnauthorized', () => {
  it('is called once for a storm of parallel 401s, and every request is re-sent once with its token', async () => {
    const { url, hits } = await serve(acceptOnly('fresh-token'));
    let calls = 0;
    const dolfin = createBrowserClient({
      token: 'stale-token',
      baseUrl: url,
      onUnauthorized: async () => {
        calls++;
        return 'fresh-token';
      },
    });
    const results = await Promise.all(Array.from({ length: 25 }, () => dolfin.GET('/me')));
    expect(results.map(({ response }) => response.status)).toEqual(Array(25).fill(200));
    expect(calls).toBe(1);
    expect(hits.filter((hit) => hit.headers.authorization === 'Bearer stale-token')).toHaveLength(25);
    expect(hits.filter((hit) => hit.headers.authorization === 'Bearer fresh-token')).toHaveLength(25);
    // Later requests carry the new token from the start.
    await unwrap(dolfin.GET('/me'));
    expect(hits).toHaveLength(51);
  });

  it('lets the 401s through as AuthenticationError when it gives no token, still called once', async () => {
    const { url, hits } = await serve(problem(401));
    let calls = 0;
    const dolfin = createBrowserClient({
      token: 'revoked',
      baseUrl: url,
      onUnauthorized: () => {
        calls++;
      },
    });
    const errors = await Promise.all(
      Array.from({ length: 10 }, () => unwrap(dolfin.GET('/me')).catch((error: unknown) => error)),
    );
    expect(errors.every((error) => error instanceof AuthenticationError)).toBe(true);
    expect(calls).toBe(1);
    expect(hits).toHaveLength(10);
  });

  it('re-sends a write after a 401: the API refused it before acting', async () => {
    const { url, hits } = await serve(acceptOnly('fresh-token'));
    const dolfin = createBrowserClient({
      token: 'stale-token',
      baseUrl: url,
      onUnauthorized: () => 'fresh-token',
    });
    const { response } = await dolfin.POST('/auth/codes', { body: { userId: 'a1111111' } });
    expect(response.status).toBe(200);
    expect(hits.map((hit) => hit.body)).toEqual(Array(2).fill(JSON.stringify({ userId: 'a1111111' })));
  });
});

describe('where the token goes', () => {
  it('is sent to the configured API origin only', async () => {
    const api = await serve(ok());
    const elsewhere = await serve(ok());
    const dolfin = createBrowserClient({ token: 'session-token', baseUrl: api.url });
    await dolfin.GET('/me');
    await dolfin.GET('/me', { baseUrl: elsewhere.url });
    expect(api.hits[0]?.headers.authorization).toBe('Bearer session-token');
    expect(elsewhere.hits[0]?.headers.authorization).toBeUndefined();
  });
});

describe('storage', () => {
  /** A sessionStorage stand-in, and a localStorage that fails the test if anything touches it. */
  function fakeStorage() {
    const items = new Map<string, string>();
    const sessionStorage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
    const localStorage = new Proxy(
      {},
      {
        get() {
          throw new Error('localStorage must never be used');
        },
      },
    );
    Object.assign(globalThis, { sessionStorage, localStorage });
    return items;
  }

  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('keeps the token in memory by default', async () => {
    const items = fakeStorage();
    createBrowserClient({ token: 'session-token' });
    expect(items.size).toBe(0);
    expect(readStoredToken()).toBeUndefined();
  });

  it('keeps it in sessionStorage when asked, renewed tokens included, and drops it when refused', async () => {
    const items = fakeStorage();
    const { url } = await serve(acceptOnly('second'), problem(401));
    let next: string | undefined = 'second';
    const dolfin = createBrowserClient({
      token: 'first',
      baseUrl: url,
      storage: sessionTokenStorage(),
      onUnauthorized: () => next,
    });
    expect(readStoredToken()).toBe('first');
    await dolfin.GET('/me');
    expect(readStoredToken()).toBe('second');
    next = undefined;
    await dolfin.GET('/me');
    expect(readStoredToken()).toBeUndefined();
    expect(items.size).toBe(0);
  });

  it('refuses sessionStorage where there is none, and any other storage', () => {
    expect(() => sessionTokenStorage()).toThrow(
      expect.objectContaining({ name: 'DolfinOptionError', option: 'storage' }),
    );
    expect(() => sessionTokenStorage()).toThrow(/not available/);
    expect(() => createBrowserClient({ token: 't', storage: 'localStorage' as never })).toThrow(
      expect.objectContaining({ name: 'DolfinOptionError', option: 'storage' }),
    );
  });
});

describe('the two hooks together, and hooks that fail', () => {
  it('asks onUnauthorized about a 401 that arrives while onTokenExpiring runs and keeps the token', async () => {
    const { url } = await serve(acceptOnly('fresh-token'));
    let releaseExpiring: () => void = () => undefined;
    let unauthorized = 0;
    let sideCall: Promise<unknown> | undefined;
    const dolfin = createBrowserClient({
      token: jwt({ sub: 'alice', exp: epochSeconds(3600) }),
      baseUrl: url,
      // Once the first request is out, the token starts expiring and a second request sets the hook off.
      fetch: async (request, init) => {
        const response = await globalThis.fetch(request, init);
        if (!sideCall) {
          vi.setSystemTime(Date.now() + 3600_000);
          sideCall = dolfin.GET('/me');
          setTimeout(() => releaseExpiring(), 0); // after this 401 has reached the credential
        }
        return response;
      },
      onTokenExpiring: () =>
        new Promise<undefined>((resolve) => {
          releaseExpiring = () => resolve(undefined);
        }),
      onUnauthorized: () => {
        unauthorized++;
        return 'fresh-token';
      },
    });
    try {
      const { response } = await dolfin.GET('/me');
      await sideCall;
      expect(response.status).toBe(200);
      expect(unauthorized).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('goes on with the current token when onTokenExpiring fails: it is still valid within the skew', async () => {
    const token = jwt({ sub: 'alice', exp: epochSeconds(30) });
    const { url, hits } = await serve(acceptOnly(token));
    const dolfin = createBrowserClient({
      token,
      baseUrl: url,
      onTokenExpiring: () => Promise.reject(new Error('renewal endpoint down')),
    });
    await unwrap(dolfin.GET('/me'));
    expect(hits).toHaveLength(1);
  });

  it('lets the request signal end a wait for a hook', async () => {
    const { url, hits } = await serve(ok());
    const dolfin = createBrowserClient({
      token: jwt({ sub: 'alice', exp: epochSeconds(30) }),
      baseUrl: url,
      onTokenExpiring: () => new Promise<undefined>(() => undefined),
    });
    const controller = new AbortController();
    const call = dolfin.GET('/me', { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'DolfinAbortError' });
    expect(hits).toHaveLength(0);
  });

  it('treats a token a hook returns that could not go in a header as a refusal', async () => {
    const { url, hits } = await serve(problem(401));
    const dolfin = createBrowserClient({
      token: 'stale-token',
      baseUrl: url,
      onUnauthorized: () => 'fresh\r\ntoken',
    });
    const error = await unwrap(dolfin.GET('/me')).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error)).not.toContain('fresh');
    expect(hits).toHaveLength(1);
  });
});
