// `apiKey` as a provider: a function returning the key (or a promise of it), called for each request, so a key
// can be rotated without a new client. Its failures are typed and bounded like any other wait.
import { createServerClient, unwrap } from '@dolfinai/server';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultServer, ok, rejectionOf, startFaultServer } from '../../../test/fault-server.js';
import { HANG_TIMEOUT } from '../../../test/hang-timeout.js';
import { expectNoSecret } from '../../../test/secret-exposure.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('apiKey as a function', () => {
  it('is called per request: a rotated key is sent from the next request on', async () => {
    server = await startFaultServer(ok([]));
    let key = 'dol_live_first_0001';
    const dolfin = createServerClient({ apiKey: () => key, baseUrl: server.url });
    await unwrap(dolfin.GET('/industries'));
    key = 'dol_live_second_0002';
    await unwrap(dolfin.GET('/industries'));
    expect(server.hits.map((hit) => hit.headers['x-dolfin-api-key'])).toEqual([
      'dol_live_first_0001',
      'dol_live_second_0002',
    ]);
  });

  it('may return a promise (a secrets manager)', async () => {
    server = await startFaultServer(ok([]));
    const dolfin = createServerClient({ apiKey: async () => 'dol_live_async_0003', baseUrl: server.url });
    await unwrap(dolfin.GET('/industries'));
    expect(server.hits[0]?.headers['x-dolfin-api-key']).toBe('dol_live_async_0003');
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('vault sealed');
      },
    ],
    ['rejects', () => Promise.reject(new Error('vault sealed'))],
    ['returns no key', () => ''],
    ['returns a key with a line break', () => 'dol_live\r\nx-injected: 1'],
  ])('%s: a DolfinCredentialError naming apiKey, nothing sent', async (_, apiKey) => {
    server = await startFaultServer(ok([]));
    const dolfin = createServerClient({ apiKey, baseUrl: server.url });
    const error = await rejectionOf(dolfin.POST('/auth/codes', { body: { userId: 'a1111111' } }));
    expect(error).toMatchObject({ name: 'DolfinCredentialError', option: 'apiKey' });
    expect(server.hits).toEqual([]);
    expectNoSecret(error, 'x-injected');
  });

  it('never settling: the request ends at its timeout with nothing sent', async () => {
    server = await startFaultServer(ok([]));
    const dolfin = createServerClient({
      apiKey: () => new Promise<string>(() => undefined),
      baseUrl: server.url,
      timeout: HANG_TIMEOUT,
    });
    expect(await rejectionOf(dolfin.GET('/industries'))).toMatchObject({ name: 'DolfinTimeoutError' });
    expect(server.hits).toEqual([]);
  });

  it('a key a provider returned is redacted from an error body that echoes it', async () => {
    server = await startFaultServer((response, hit) => {
      response.writeHead(401, { 'content-type': 'application/problem+json' });
      response.end(
        JSON.stringify({ title: 'Unauthorized', detail: `bad key ${hit.headers['x-dolfin-api-key']}` }),
      );
    });
    const dolfin = createServerClient({ apiKey: async () => 'dol_live_echoed_0004', baseUrl: server.url });
    const error = await rejectionOf(unwrap(dolfin.GET('/industries')));
    expect(error).toMatchObject({ name: 'AuthenticationError' });
    expectNoSecret(error, 'dol_live_echoed_0004');
  });
});
