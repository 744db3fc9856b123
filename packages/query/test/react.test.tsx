// @vitest-environment jsdom
import { type DolfinError, type Invoice, NotFoundError } from '@dolfinai/browser';
import { dolfinQuery } from '@dolfinai/query';
import {
  QueryClient,
  QueryClientProvider,
  useInfiniteQuery,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { acme, browserClient, fakeApi, invoicesOf, problem } from './fake-api.js';

function wrapper() {
  const queryClient = new QueryClient();
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
}

describe('with React hooks', () => {
  it('infers data and DolfinError from the options, and puts the typed error in error', async () => {
    const api = fakeApi(() => problem(404, 'Invoice.NotFound'));
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: acme });
    const { result } = renderHook(
      () => useQuery(dolfin.queryOptions('/invoices/{id}', { params: { path: { id: 'missing' } } })),
      { wrapper: wrapper() },
    );
    expectTypeOf(result.current.data).toEqualTypeOf<Invoice | undefined>();
    expectTypeOf(result.current.error).toEqualTypeOf<DolfinError | null>();
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBeInstanceOf(NotFoundError);
    expect(api.requests).toHaveLength(1);
  });

  it('runs infinite lists and mutations with the same options objects', async () => {
    const api = fakeApi((request) =>
      request.method === 'POST' ? Response.json({ id: 'new' }, { status: 201 }) : invoicesOf(request),
    );
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: acme });
    const { result } = renderHook(
      () => ({
        list: useInfiniteQuery(dolfin.infiniteQueryOptions('/invoices')),
        create: useMutation(dolfin.mutationOptions('POST', '/invoices', { invalidates: ['/invoices'] })),
      }),
      { wrapper: wrapper() },
    );
    await waitFor(() => expect(result.current.list.status).toBe('success'));
    expect(result.current.list.hasNextPage).toBe(false);
    expectTypeOf(result.current.create.error).toEqualTypeOf<DolfinError | null>();
    await result.current.create.mutateAsync({
      body: { customerId: 'c1', currency: 'GBP', dueDate: '2025-02-19T00:00:00Z', lineItems: [] },
    });
    // The list was fetched again after the write.
    expect(api.requests.map((request) => request.method)).toEqual(['GET', 'POST', 'GET']);
  });
});
