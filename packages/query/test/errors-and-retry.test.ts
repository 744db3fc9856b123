import {
  DolfinAbortError,
  type DolfinError,
  InternalServerError,
  type Invoice,
  NotFoundError,
} from '@dolfinai/browser';
import { dolfinQuery, noRetry } from '@dolfinai/query';
import { QueryClient, QueryObserver } from '@tanstack/query-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { acme, browserClient, fakeApi, problem } from './fake-api.js';

const invoiceId = 'f6789012-abcd-ef01-2345-6789abcdef01';

describe('errors', () => {
  it('puts the typed error of a non-2xx answer in the query state', async () => {
    const api = fakeApi(() => problem(404, 'Invoice.NotFound'));
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: acme });
    const observer = new QueryObserver(
      new QueryClient(),
      dolfin.queryOptions('/invoices/{id}', { params: { path: { id: invoiceId } } }),
    );
    const unsubscribe = observer.subscribe(() => undefined);
    await expect.poll(() => observer.getCurrentResult().status).toBe('error');
    unsubscribe();
    const { error, data } = observer.getCurrentResult();
    expectTypeOf(error).toEqualTypeOf<DolfinError | null>();
    expectTypeOf(data).toEqualTypeOf<Invoice | undefined>();
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('Invoice.NotFound');
  });
});

describe('retries', () => {
  it('leaves retrying to the transport: one retry policy, however TanStack is configured', async () => {
    const api = fakeApi(() => problem(503, 'Unavailable'));
    // Even with TanStack's retries turned up for the app's other queries, a Dolfin query keeps its own.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 1 } } });
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: acme });
    const failure = await queryClient.fetchQuery(dolfin.queryOptions('/invoices')).catch((error) => error);
    expect(failure).toBeInstanceOf(InternalServerError);
    // The client's maxRetries (2): three attempts in all, not 3 × 4.
    expect(api.requests).toHaveLength(3);
  });

  it("follows the call's own maxRetries", async () => {
    const api = fakeApi(() => problem(503, 'Unavailable'));
    const dolfin = dolfinQuery(browserClient(api.fetch), { organisationId: acme });
    await new QueryClient()
      .fetchQuery(dolfin.queryOptions('/invoices', { maxRetries: 0 }))
      .catch(() => undefined);
    expect(api.requests).toHaveLength(1);
  });

  it('retries nothing itself: noRetry says no to every failure', () => {
    const dolfin = dolfinQuery(browserClient(fakeApi(() => new Response()).fetch), { organisationId: acme });
    expect(dolfin.queryOptions('/me').retry).toBe(noRetry);
    expect(dolfin.mutationOptions('POST', '/invoices').retry).toBe(noRetry);
    expect(noRetry(0, new InternalServerError(new Response(null, { status: 503 }), { status: 503 }))).toBe(
      false,
    );
  });
});

describe('cancellation', () => {
  it('aborts the request when TanStack cancels the query, and keeps the cache as it was', async () => {
    let sent: Request | undefined;
    const api = fakeApi(
      (request) =>
        new Promise<Response>((_, reject) => {
          sent = request;
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
    );
    const queryClient = new QueryClient();
    const options = dolfinQuery(browserClient(api.fetch), { organisationId: acme }).queryOptions('/invoices');
    const fetching = queryClient.fetchQuery(options).catch((error) => error);
    await expect.poll(() => sent).toBeDefined();
    await queryClient.cancelQueries({ queryKey: options.queryKey });
    await fetching;
    expect(sent?.signal.aborted).toBe(true);
    expect(queryClient.getQueryState(options.queryKey)?.status).toBe('pending');
    expect(queryClient.getQueryState(options.queryKey)?.error).toBeNull();
    expect(api.requests).toHaveLength(1);
  });

  it('reports an abort by the signal as a DolfinAbortError to whoever awaits the query function', async () => {
    const api = fakeApi(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
    );
    const options = dolfinQuery(browserClient(api.fetch), { organisationId: acme }).queryOptions('/invoices');
    const controller = new AbortController();
    const call = options.queryFn({ signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(DolfinAbortError);
  });
});
