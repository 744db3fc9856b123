// Type tests of createServerClient's options and calls (`pnpm run typecheck` checks the @ts-expect-error lines); the
// calls also run against a loopback server, so each valid one is shown to work.
import {
  createServerClient,
  type DolfinClient,
  DolfinOptionError,
  type OrganisationClient,
  unwrap,
} from '@dolfinai/server';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type HeaderServer, listenForHeaders } from '../../../test/header-server.js';

const apiKey = 'dol_live_abc123';
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
let api: HeaderServer;
beforeAll(async () => {
  api = await listenForHeaders();
});
afterAll(() => api.close());

describe('createServerClient types', () => {
  it('binds the client to an organisation only when the options name one', () => {
    expectTypeOf(createServerClient({ apiKey })).toEqualTypeOf<DolfinClient>();
    expectTypeOf(createServerClient({ apiKey, organisationId })).toEqualTypeOf<OrganisationClient>();
    const maybe = process.env.DOLFIN_ORGANISATION_ID;
    expectTypeOf(createServerClient({ apiKey, organisationId: maybe })).toEqualTypeOf<DolfinClient>();
  });

  it('refuses misspelt options at compile time', () => {
    // @ts-expect-error `timout` is not an option (timeout is)
    expect(() => createServerClient({ apiKey, timout: 5_000 })).not.toThrow();
    // @ts-expect-error `organizationId` is not an option (organisationId is)
    expect(() => createServerClient({ apiKey, organizationId: organisationId })).not.toThrow();
    // @ts-expect-error `maxRetry` is not an option (maxRetries is)
    expect(() => createServerClient({ apiKey, organisationId, maxRetry: 1 })).not.toThrow();
  });

  it('accepts a fetch that takes only the Request, and sends through it', async () => {
    const seen: string[] = [];
    const fetch = (request: Request) => {
      seen.push(request.url);
      return globalThis.fetch(request);
    };
    const dolfin = createServerClient({ apiKey, baseUrl: api.url, fetch });
    await unwrap(dolfin.GET('/industries'));
    expect(seen).toEqual([`${api.url}/industries`]);
    expect(api.received.at(-1)?.headers['x-dolfin-api-key']).toBe(apiKey);
  });

  it('keeps an unbound client from passing for an organisation-bound one', () => {
    const unbound = createServerClient({ apiKey, baseUrl: api.url });
    // @ts-expect-error its calls would lack the organisation header the bound client's types leave out
    const bound: OrganisationClient = unbound;
    expect(bound).toBe(unbound);
    const fine: DolfinClient = createServerClient({ apiKey, organisationId, baseUrl: api.url });
    expect(fine).toBeDefined();
  });
});

describe('per-call options that would replace the transport', () => {
  it('refuses a per-call fetch, which would send without the API key, retries or timeout', async () => {
    const dolfin = createServerClient({ apiKey, baseUrl: api.url });
    const before = api.received.length;
    const call = dolfin.GET('/industries', {
      // @ts-expect-error a per-call fetch is not an option: pass `fetch` to createServerClient
      fetch: (request: Request) => globalThis.fetch(request),
    });
    await expect(call).rejects.toBeInstanceOf(DolfinOptionError);
    await expect(call).rejects.toMatchObject({ option: 'fetch' });
    expect(api.received.length).toBe(before);
  });

  it('refuses a per-call pathSerializer, which would skip the path checks', async () => {
    const dolfin = createServerClient({ apiKey, baseUrl: api.url });
    const before = api.received.length;
    const call = dolfin.GET('/organisations/{organisationId}/users', {
      params: { path: { organisationId: '..' } },
      // @ts-expect-error paths are built by the client, which refuses `.` and `..`
      pathSerializer: (path: string) => path.replace('{organisationId}', '..'),
    });
    await expect(call).rejects.toMatchObject({ name: 'DolfinOptionError', option: 'pathSerializer' });
    expect(api.received.length).toBe(before);
  });

  it('still takes the per-call controls and openapi-fetch options that are safe', async () => {
    const dolfin = createServerClient({ apiKey, baseUrl: api.url });
    const { data } = await dolfin.GET('/industries', { timeout: 1_000, maxRetries: 0, parseAs: 'text' });
    expectTypeOf(data).toEqualTypeOf<string | undefined>();
    expect(data).toBe('[]');
    // @ts-expect-error timeout is a number of milliseconds
    await dolfin.GET('/industries', { timeout: '1s' }).catch(() => undefined);
  });
});
