// A component-test consumer of @dolfinai/mock/msw (ESM, node16): msw from the registry, the browser client from
// our tarball, requests answered by the handlers, an override and the recorder. Type-checked and run.
import { createBrowserClient, unwrap } from '@dolfinai/browser';
import { createHandlers, createHttp, createRecorder } from '@dolfinai/mock/msw';
import { setupServer } from 'msw/node';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const recorder = createRecorder();
const http = createHttp({ recorder });
const server = setupServer(...createHandlers({ recorder }));
server.listen({ onUnhandledRequest: 'error' });
try {
  const dolfin = createBrowserClient({ token: 'session-token', organisationId });
  const invoices = await unwrap(dolfin.GET('/invoices'));
  const invalid = await dolfin.POST('/invoices', {
    // @ts-expect-error: currency and lineItems are required
    body: { customerId: 'c3456789-abcd-ef01-2345-6789abcdef01' },
  });
  server.use(
    http.get('/invoices/{id}', ({ params, response }) =>
      response(404).json({ title: 'Invoice.NotFound', status: 404, detail: `No invoice ${params.id}` }),
    ),
    // @ts-expect-error: not a Dolfin path
    http.get('/invoice', () => undefined),
  );
  const missing = await dolfin.GET('/invoices/{id}', {
    params: { path: { id: 'f6789012-abcd-ef01-2345-6789abcdef01' } },
  });
  console.log(
    JSON.stringify({
      invoiceNumbers: invoices.data.map((invoice) => invoice.documentNumber),
      invalid: { status: invalid.response.status, fields: Object.keys(invalid.error?.errors ?? {}) },
      override: missing.response.status,
      recorded: recorder.requests.map((request) => [request.operationId, request.credentials]),
    }),
  );
} finally {
  server.close();
}
