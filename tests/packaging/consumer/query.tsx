// A React consumer of @dolfinai/query (ESM, bundler resolution, JSX): React, TanStack Query and msw from the registry, our
// packages from the tarballs. The invoice list is prefetched through the query options (requests answered by
// @dolfinai/mock/msw), then a component renders it from the cache. Type-checked and run.
import { createBrowserClient, type DolfinError } from '@dolfinai/browser';
import { createHandlers, createRecorder } from '@dolfinai/mock/msw';
import { dolfinKeys, dolfinQuery } from '@dolfinai/query';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { setupServer } from 'msw/node';
import { renderToString } from 'react-dom/server';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const recorder = createRecorder();
const server = setupServer(...createHandlers({ recorder }));
server.listen({ onUnhandledRequest: 'error' });

const client = createBrowserClient({ token: 'session-token' });
const dolfin = dolfinQuery(client, { organisationId });

function InvoiceList() {
  const invoices = useQuery(dolfin.queryOptions('/invoices'));
  const error: DolfinError | null = invoices.error;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <ul>
      {invoices.data?.data.map((invoice) => (
        <li key={invoice.id}>{invoice.documentNumber}</li>
      ))}
    </ul>
  );
}

try {
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(dolfin.queryOptions('/invoices'));
  // @ts-expect-error: not a Dolfin path
  dolfin.queryOptions('/invoice');
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <InvoiceList />
    </QueryClientProvider>,
  );
  const cached = queryClient.getQueryCache().findAll({ queryKey: dolfinKeys.all });
  console.log(
    JSON.stringify({
      html,
      keys: cached.map((query) => query.queryKey),
      sent: recorder.requests.map((request) => [
        request.operationId,
        request.organisationId,
        request.credentials,
      ]),
    }),
  );
} finally {
  server.close();
}
