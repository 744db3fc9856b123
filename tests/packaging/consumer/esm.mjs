// An ESM consumer: starts the installed mock and provisions an organisation with the server client.
import { startMock } from '@dolfinai/mock';
import { createServerClient, unwrap } from '@dolfinai/server';

const mock = await startMock();
try {
  const dolfin = createServerClient({ apiKey: 'dol_live_abc123', baseUrl: mock.url });
  const industries = await unwrap(dolfin.GET('/industries'));
  const organisation = await unwrap(
    dolfin.POST('/organisations', { body: { name: 'Acme Plumbing Ltd', industryId: industries[0].id } }),
  );
  console.log(JSON.stringify({ industry: industries[0].name, organisationId: organisation.id }));
} finally {
  await mock.stop();
}
