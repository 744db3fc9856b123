// Type tests of createBrowserClient's and createPublicClient's options and calls (`pnpm run typecheck` checks each
// expected error); the calls also run against a loopback server, so each valid one is shown to work.
import {
  createBrowserClient,
  createPublicClient,
  type DolfinClient,
  DolfinOptionError,
  type OrganisationClient,
  type PublicClient,
  unwrap,
} from '@dolfinai/browser';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type HeaderServer, listenForHeaders } from '../../../test/header-server.js';

const token = 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln';
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
let api: HeaderServer;
beforeAll(async () => {
  api = await listenForHeaders();
});
afterAll(() => api.close());

describe('createBrowserClient types', () => {
  it('binds the client to an organisation only when the options name one', () => {
    expectTypeOf(createBrowserClient({ token })).toEqualTypeOf<DolfinClient>();
    expectTypeOf(createBrowserClient({ token, organisationId })).toEqualTypeOf<OrganisationClient>();
    expectTypeOf(createPublicClient()).toEqualTypeOf<PublicClient>();
  });

  it('refuses misspelt options at compile time', () => {
    // @ts-expect-error `timout` is not an option (timeout is)
    expect(() => createBrowserClient({ token, timout: 5_000 })).not.toThrow();
    // @ts-expect-error `organizationId` is not an option (organisationId is)
    expect(() => createBrowserClient({ token, organizationId: organisationId })).not.toThrow();
    const onTokenExpired = () => undefined;
    // @ts-expect-error `onTokenExpired` is not an option (onTokenExpiring is)
    expect(() => createBrowserClient({ token, organisationId, onTokenExpired })).not.toThrow();
    // @ts-expect-error `timout` is not an option of the public client either
    expect(() => createPublicClient({ timout: 5_000 })).not.toThrow();
  });

  it('accepts a fetch that takes only the Request, and sends through it', async () => {
    const seen: string[] = [];
    const fetch = (request: Request) => {
      seen.push(request.url);
      return globalThis.fetch(request);
    };
    await unwrap(createBrowserClient({ token, baseUrl: api.url, fetch }).GET('/me'));
    await unwrap(
      createPublicClient({ baseUrl: api.url, fetch }).GET('/i/{token}', { params: { path: { token: 't' } } }),
    );
    expect(seen).toEqual([`${api.url}/me`, `${api.url}/i/t`]);
  });

  it('keeps an unbound client from passing for an organisation-bound one', () => {
    const unbound = createBrowserClient({ token, baseUrl: api.url });
    // @ts-expect-error its calls would lack the organisation header the bound client's types leave out
    const bound: OrganisationClient = unbound;
    expect(bound).toBe(unbound);
  });

  it('refuses a per-call fetch before sending', async () => {
    const before = api.received.length;
    const call = createBrowserClient({ token, baseUrl: api.url }).GET('/me', {
      // @ts-expect-error a per-call fetch is not an option: pass `fetch` to createBrowserClient
      fetch: (request: Request) => globalThis.fetch(request),
    });
    await expect(call).rejects.toBeInstanceOf(DolfinOptionError);
    expect(api.received.length).toBe(before);
  });
});
