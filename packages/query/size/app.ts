// An app's use of @dolfinai/query, for the size budget (.size-limit.json): a browser client, the option
// factories, and a QueryClient (query-core) that loads a list and creates an invoice.
import { createBrowserClient } from '@dolfinai/browser';
import { dolfinKeys, dolfinQuery } from '@dolfinai/query';
import { MutationObserver, QueryClient } from '@tanstack/query-core';

export async function invoicesApp(token: string, organisationId: string) {
  const queryClient = new QueryClient();
  const dolfin = dolfinQuery(createBrowserClient({ token, organisationId }), { organisationId });
  const page = await queryClient.fetchInfiniteQuery(dolfin.infiniteQueryOptions('/invoices'));
  const create = new MutationObserver(
    queryClient,
    dolfin.mutationOptions('POST', '/invoices', { invalidates: ['/invoices'] }),
  );
  return { page, create, signOut: () => queryClient.removeQueries({ queryKey: dolfinKeys.all }) };
}
