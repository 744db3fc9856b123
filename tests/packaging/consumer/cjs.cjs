// A CommonJS consumer: require()s the installed packages, exchanges a code and checks a typed error.
const { startMock } = require('@dolfinai/mock');
const { createBrowserClient, exchangeCode, unwrap } = require('@dolfinai/browser');
const { ConflictError, createServerClient } = require('@dolfinai/server');

async function main() {
  const mock = await startMock();
  try {
    const session = await exchangeCode('ac_8f3b2c1d9e7a4f60b5d1', { baseUrl: mock.url });
    const { organisationId } = session.organisations[0];
    const dolfin = createBrowserClient({ token: session.token, organisationId, baseUrl: mock.url });
    const invoices = await unwrap(dolfin.GET('/invoices'));

    const backend = createServerClient({ apiKey: 'dol_live_abc123', baseUrl: mock.url });
    const conflict = await unwrap(
      backend.POST('/organisations/{organisationId}/users', {
        params: { path: { organisationId } },
        body: { email: 'alice@acmeplumbing.co.uk', name: 'Alice Johnson' },
        headers: { Prefer: 'code=409' },
      }),
    ).catch((error) => error);

    console.log(
      JSON.stringify({
        userId: session.userId,
        invoiceNumbers: invoices.data.map((invoice) => invoice.documentNumber),
        conflict: conflict instanceof ConflictError ? conflict.status : String(conflict),
      }),
    );
  } finally {
    await mock.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
