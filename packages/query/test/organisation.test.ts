import { DolfinOptionError } from '@dolfinai/browser';
import { dolfinKeys, dolfinQuery } from '@dolfinai/query';
import { QueryClient, QueryObserver } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { acme, browserClient, fakeApi, invoicesOf, riverside } from './fake-api.js';

describe('keys name the organisation a request is sent for', () => {
  it('keeps two organisations in two cache entries, each with its own data', async () => {
    const api = fakeApi(invoicesOf);
    const client = browserClient(api.fetch);
    const queryClient = new QueryClient();
    const forAcme = dolfinQuery(client, { organisationId: acme }).queryOptions('/invoices');
    const forRiverside = dolfinQuery(client, { organisationId: riverside }).queryOptions('/invoices');

    expect(forAcme.queryKey).toEqual(['dolfin', acme, 'GET', '/invoices', {}]);
    expect(forRiverside.queryKey).toEqual(['dolfin', riverside, 'GET', '/invoices', {}]);
    const acmeInvoices = await queryClient.fetchQuery(forAcme);
    const riversideInvoices = await queryClient.fetchQuery(forRiverside);

    expect(acmeInvoices.data[0]?.organisationId).toBe(acme);
    expect(riversideInvoices.data[0]?.organisationId).toBe(riverside);
    expect(queryClient.getQueryCache().findAll({ queryKey: dolfinKeys.all })).toHaveLength(2);
    expect(api.requests.map((request) => request.headers.get('x-dolfin-organisation-id'))).toEqual([
      acme,
      riverside,
    ]);
  });

  it("never shows the previous organisation's invoices after a switch, even while the new ones load", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const api = fakeApi(async (request) => {
      if (request.headers.get('x-dolfin-organisation-id') === riverside) await held;
      return invoicesOf(request);
    });
    const client = browserClient(api.fetch, acme);
    const queryClient = new QueryClient();
    const observer = new QueryObserver(
      queryClient,
      dolfinQuery(client, { organisationId: acme }).queryOptions('/invoices'),
    );
    const seen: unknown[] = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data?.data[0]?.organisationId));
    await expect.poll(() => observer.getCurrentResult().data?.data[0]?.organisationId).toBe(acme);

    // The user picks another organisation: the same observer now watches its key.
    observer.setOptions(dolfinQuery(client, { organisationId: riverside }).queryOptions('/invoices'));
    expect(observer.getCurrentResult().data).toBeUndefined();
    release();
    await expect.poll(() => observer.getCurrentResult().data?.data[0]?.organisationId).toBe(riverside);
    unsubscribe();
    expect(seen.filter(Boolean)).toEqual([acme, riverside]);
    // The request went for the organisation of the key, not the one the client is bound to.
    expect(api.requests.at(-1)?.headers.get('x-dolfin-organisation-id')).toBe(riverside);
  });

  it('keys a call by its own x-dolfin-organisation-id header when the factory names no organisation', async () => {
    const api = fakeApi(invoicesOf);
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: null });
    const options = dolfin.queryOptions('/invoices', {
      params: { header: { 'x-dolfin-organisation-id': riverside }, query: { Limit: 5 } },
    });
    expect(options.queryKey).toEqual(['dolfin', riverside, 'GET', '/invoices', { query: { Limit: 5 } }]);
    const invoices = await new QueryClient().fetchQuery(options);
    expect(invoices.data[0]?.organisationId).toBe(riverside);
  });

  it('refuses to cache, under no organisation, what a bound client fetched for its organisation', async () => {
    const api = fakeApi(invoicesOf);
    // A client bound to Acme behind options that say "no organisation": the key would hide whose data it is.
    const bound = browserClient(api.fetch, acme);
    const dolfin = dolfinQuery(bound, { organisationId: null });
    const failure = await new QueryClient().fetchQuery(dolfin.queryOptions('/me')).catch((error) => error);
    expect(failure).toBeInstanceOf(DolfinOptionError);
    expect(failure.option).toBe('organisationId');
    expect(api.requests).toEqual([]);
  });

  it('forgets every organisation when the session changes user: removeQueries({ queryKey: dolfinKeys.all })', async () => {
    const api = fakeApi(invoicesOf);
    const client = browserClient(api.fetch);
    const queryClient = new QueryClient();
    queryClient.setQueryData(['not-dolfin'], 'kept');
    for (const organisationId of [acme, riverside]) {
      await queryClient.fetchQuery(dolfinQuery(client, { organisationId }).queryOptions('/invoices'));
    }
    expect(queryClient.getQueryCache().findAll({ queryKey: dolfinKeys.organisation(acme) })).toHaveLength(1);

    queryClient.removeQueries({ queryKey: dolfinKeys.all });

    expect(queryClient.getQueryCache().findAll({ queryKey: dolfinKeys.all })).toEqual([]);
    expect(queryClient.getQueryData(['not-dolfin'])).toBe('kept');
  });

  it('needs an organisation or an explicit null', () => {
    const client = browserClient(fakeApi(invoicesOf).fetch);
    // @ts-expect-error the organisation (or null) must be named
    expect(() => dolfinQuery(client, {})).toThrow(DolfinOptionError);
    // @ts-expect-error likewise
    expect(() => dolfinQuery(client)).toThrow(DolfinOptionError);
  });
});
