import type { AgentMessagePage, Invoice, InvoicePage } from '@dolfinai/browser';
import { dolfinQuery } from '@dolfinai/query';
import { InfiniteQueryObserver, MutationObserver, QueryClient } from '@tanstack/query-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { acme, browserClient, fakeApi, riverside } from './fake-api.js';

/** A list of `total` numbered items in pages of `size`, in one envelope style; cursors are start offsets. */
function pagedList(total: number, size: number, envelope: 'meta' | 'nextCursor') {
  return (request: Request) => {
    const url = new URL(request.url);
    const start = Number(url.searchParams.get('Cursor') ?? 0);
    const data = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => ({
      id: String(start + i),
    }));
    const next = start + size < total ? String(start + size) : null;
    return Response.json(
      envelope === 'meta'
        ? { data, meta: { cursors: { next } } }
        : { data, nextCursor: next, hasMore: next !== null },
    );
  };
}

interface PagedObserver {
  subscribe(listener: () => void): () => void;
  getCurrentResult(): { status: string; hasNextPage: boolean };
  fetchNextPage(): Promise<unknown>;
}

/** Loads every page the way a "load more" button would, and returns the observer's final result. */
async function readAllPages<Observer extends PagedObserver>(
  observer: Observer,
): Promise<ReturnType<Observer['getCurrentResult']>> {
  const unsubscribe = observer.subscribe(() => undefined);
  await expect.poll(() => observer.getCurrentResult().status).toBe('success');
  while (observer.getCurrentResult().hasNextPage) await observer.fetchNextPage();
  unsubscribe();
  return observer.getCurrentResult() as ReturnType<Observer['getCurrentResult']>;
}

describe('infinite lists', () => {
  it('follows meta.cursors.next, one request per page, and stops at a page without a cursor', async () => {
    const api = fakeApi(pagedList(5, 2, 'meta'));
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: acme });
    const options = dolfin.infiniteQueryOptions('/invoices', { params: { query: { Limit: 2 } } });
    const result = await readAllPages(new InfiniteQueryObserver(new QueryClient(), options));
    expectTypeOf(result.data?.pages).toEqualTypeOf<InvoicePage[] | undefined>();
    expect(result.data?.pages.flatMap((page) => page.data.map((invoice) => invoice.id))).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(result.hasNextPage).toBe(false);
    expect(api.requests.map((request) => new URL(request.url).search)).toEqual([
      '?Limit=2',
      '?Limit=2&Cursor=2',
      '?Limit=2&Cursor=4',
    ]);
  });

  it('follows nextCursor while hasMore in the older envelope', async () => {
    const api = fakeApi(pagedList(3, 2, 'nextCursor'));
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: acme });
    const options = dolfin.infiniteQueryOptions('/agent/conversations/{id}/messages', {
      params: { path: { id: 'c1' } },
    });
    const result = await readAllPages(new InfiniteQueryObserver(new QueryClient(), options));
    expectTypeOf(result.data?.pages).toEqualTypeOf<AgentMessagePage[] | undefined>();
    expect(result.data?.pages.map((page) => page.data.length)).toEqual([2, 1]);
    expect(api.requests).toHaveLength(2);
  });

  it('ends a list whose server leads back to a page it already gave', async () => {
    const api = fakeApi(() =>
      Response.json({ data: [{ id: 'same' }], meta: { cursors: { next: 'again' } } }),
    );
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: acme });
    const result = await readAllPages(
      new InfiniteQueryObserver(new QueryClient(), dolfin.infiniteQueryOptions('/invoices')),
    );
    expect(result.data?.pages).toHaveLength(2);
    expect(api.requests).toHaveLength(2);
  });

  it('keys a list apart from the query of its first page, under the same path key', () => {
    const dolfin = dolfinQuery(browserClient(fakeApi(() => new Response()).fetch), { organisationId: acme });
    expect(dolfin.infiniteQueryOptions('/invoices').queryKey).toEqual([
      'dolfin',
      acme,
      'GET',
      '/invoices',
      {},
      'infinite',
    ]);
    expect(dolfin.pathKey('/invoices')).toEqual(['dolfin', acme, 'GET', '/invoices']);
    // @ts-expect-error /me is not a list
    dolfin.infiniteQueryOptions('/me');
  });
});

const draft = {
  customerId: 'c3456789-abcd-ef01-2345-6789abcdef01',
  currency: 'GBP',
  dueDate: '2025-02-19T00:00:00Z',
  lineItems: [{ productId: 'd4567890-abcd-ef01-2345-6789abcdef01', quantity: 1 }],
};

describe('mutations', () => {
  it("creates an invoice with typed variables, sent once, then refetches that organisation's lists", async () => {
    const created: unknown[] = [];
    const api = fakeApi(async (request) => {
      if (request.method === 'POST') {
        created.push(await request.json());
        return Response.json({ id: 'new', documentNumber: 'INV-0003', status: 'Draft' }, { status: 201 });
      }
      return Response.json({
        data: created.map((_, i) => ({ id: String(i) })),
        meta: { cursors: { next: null } },
      });
    });
    const client = browserClient(api.fetch);
    const queryClient = new QueryClient();
    const acmeQueries = dolfinQuery(client, { organisationId: acme });
    const riversideQueries = dolfinQuery(client, { organisationId: riverside });
    const list = new InfiniteQueryObserver(queryClient, acmeQueries.infiniteQueryOptions('/invoices'));
    const unsubscribe = list.subscribe(() => undefined);
    await expect.poll(() => list.getCurrentResult().status).toBe('success');
    await queryClient.fetchQuery(riversideQueries.queryOptions('/invoices'));

    const options = acmeQueries.mutationOptions('POST', '/invoices', { invalidates: ['/invoices'] });
    const mutation = new MutationObserver(queryClient, options);
    const invoice = await mutation.mutate({ body: draft });
    expectTypeOf(invoice).toEqualTypeOf<Invoice>();
    expect(invoice.documentNumber).toBe('INV-0003');
    expect(created).toEqual([draft]);

    // Settled after the list refetched: it shows the new invoice; the other organisation's list is untouched.
    expect(list.getCurrentResult().data?.pages[0]?.data).toHaveLength(1);
    expect(queryClient.getQueryState(riversideQueries.queryKey('/invoices'))?.isInvalidated).toBe(false);
    unsubscribe();
    const posts = api.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.headers.get('x-dolfin-organisation-id'))).toEqual([acme]);
  });

  it('types the variables from the spec', () => {
    const dolfin = dolfinQuery(browserClient(fakeApi(() => new Response()).fetch), { organisationId: acme });
    const voiding = dolfin.mutationOptions('DELETE', '/invoices/{id}');
    expectTypeOf(voiding.mutationFn).parameter(0).toEqualTypeOf<
      | {
          params: { path: { id: string }; header?: { 'x-dolfin-organisation-id'?: string } };
          body?: undefined;
        }
      | never
    >;
    // @ts-expect-error the body is required
    dolfin.mutationOptions('POST', '/invoices').mutationFn({});
    // @ts-expect-error a wrong field type
    dolfin.mutationOptions('POST', '/invoices').mutationFn({ body: { ...draft, currency: 1 } });
    // @ts-expect-error there is no PUT /invoices
    dolfin.mutationOptions('PUT', '/invoices');
  });
});
