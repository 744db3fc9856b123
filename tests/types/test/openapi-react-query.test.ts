// Our clients are openapi-fetch clients: openapi-react-query (typed on openapi-fetch's `Client`) takes them
// without a cast, paths and data stay typed, and the organisation-bound client keeps its optional header.
// `pnpm run typecheck` checks the types; vitest runs the queries against a loopback server.

import type { OrganisationBoundPaths, paths } from '@dolfinai/browser';
import { createBrowserClient, type Invoice, type InvoicePage } from '@dolfinai/browser';
import { createServerClient, type DolfinClient, type Industry } from '@dolfinai/server';
import { QueryClient } from '@tanstack/react-query';
import createFetchClient, { type Client } from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type LoopbackServer, listenOnLoopback } from '../../../test/loopback-server.js';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const token = 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln';
const apiKey = 'dol_live_abc123';

let server: LoopbackServer;
const seen: { url: string; organisation: string | undefined; credential: boolean }[] = [];

beforeAll(async () => {
  server = await listenOnLoopback((request, response) => {
    seen.push({
      url: request.url ?? '',
      organisation: request.headers['x-dolfin-organisation-id'] as string | undefined,
      credential:
        request.headers.authorization !== undefined || request.headers['x-dolfin-api-key'] !== undefined,
    });
    response.setHeader('content-type', 'application/json');
    response.end(
      request.url?.startsWith('/industries')
        ? JSON.stringify([{ id: organisationId, name: 'Plumbing' }])
        : JSON.stringify({ data: [], meta: { cursors: {} } }),
    );
  });
});
afterAll(() => server.close());

describe('openapi-react-query with our clients', () => {
  it('accepts the server client without a cast and types the data of a path', async () => {
    const dolfin = createServerClient({ apiKey, baseUrl: server.url });
    const asClient: Client<paths> = dolfin;
    expect(asClient).toBe(dolfin);
    const $api = createQueryClient(dolfin);
    const options = $api.queryOptions('get', '/industries');
    expectTypeOf(options.queryKey[1]).toEqualTypeOf<'/industries'>();
    expect(options.queryKey).toEqual(['get', '/industries']);
    // @ts-expect-error not a path of the API
    $api.queryOptions('get', '/no-such-path');
    // @ts-expect-error the unbound client needs the organisation header on /invoices
    $api.queryOptions('get', '/invoices');
    const industries = await new QueryClient().fetchQuery(options);
    expectTypeOf(industries).toEqualTypeOf<Industry[]>();
    expect(industries).toEqual([{ id: organisationId, name: 'Plumbing' }]);
    expect(seen.at(-1)).toMatchObject({ url: '/industries', credential: true });
  });

  it('accepts the organisation-bound browser client with the organisation header left optional', async () => {
    const dolfin = createBrowserClient({ token, organisationId, baseUrl: server.url });
    const asClient: Client<OrganisationBoundPaths> = dolfin;
    expect(asClient).toBe(dolfin);
    const $api = createQueryClient(dolfin);
    const options = $api.queryOptions('get', '/invoices', { params: { query: { Limit: 5 } } });
    const page = await new QueryClient().fetchQuery(options);
    expectTypeOf(page).toEqualTypeOf<InvoicePage>();
    expectTypeOf(page.data).toEqualTypeOf<Invoice[]>();
    expect(seen.at(-1)).toEqual({ url: '/invoices?Limit=5', organisation: organisationId, credential: true });
    // @ts-expect-error Limit is a number
    $api.queryOptions('get', '/invoices', { params: { query: { Limit: 'five' } } });
  });

  it('accepts the unbound browser client when each query names its organisation', async () => {
    const dolfin = createBrowserClient({ token, baseUrl: server.url });
    const $api = createQueryClient(dolfin);
    const header = { 'x-dolfin-organisation-id': organisationId };
    const page = await new QueryClient().fetchQuery(
      $api.queryOptions('get', '/invoices', { params: { header } }),
    );
    expectTypeOf(page).toEqualTypeOf<InvoicePage>();
    expect(seen.at(-1)).toMatchObject({ url: '/invoices', organisation: organisationId });
  });

  it('does not take a raw openapi-fetch client for ours, which would have no credential, retries or checks', () => {
    const raw = createFetchClient<paths>({ baseUrl: server.url });
    // @ts-expect-error openapi-fetch's own client is not a DolfinClient
    const ours: DolfinClient = raw;
    expect(ours).toBe(raw);
  });
});
