// The client-integration flow in plain JavaScript, shared by every runtime under test (no runtime globals here:
// the CLI entry and the workerd worker each say where they run). Returns what each step gave back.
import { createBrowserClient, exchangeCode } from '@dolfinai/browser';
import { createServerClient, unwrap } from '@dolfinai/server';

const apiKey = 'dol_live_abc123';

/** Runs list industries → create organisation → create users → auth code → exchange → typed calls on `baseUrl`. */
export async function integrationFlow(baseUrl) {
  const backend = createServerClient({ apiKey, baseUrl });

  const [industry] = await unwrap(backend.GET('/industries'));
  const organisation = await unwrap(
    backend.POST('/organisations', { body: { name: 'Acme Plumbing Ltd', industryId: industry.id } }),
  );
  const users = [];
  for (const [example, email, name] of [
    ['alice', 'alice@acmeplumbing.co.uk', 'Alice Johnson'],
    ['bob', 'bob@acmeplumbing.co.uk', 'Bob Smith'],
  ]) {
    users.push(
      await unwrap(
        backend.POST('/organisations/{organisationId}/users', {
          params: { path: { organisationId: organisation.id } },
          body: { email, name },
          headers: { Prefer: `example=${example}` }, // the mock answers with the named example
        }),
      ),
    );
  }
  const { code } = await unwrap(backend.POST('/auth/codes', { body: { userId: users[0].userId } }));
  // The backend's own organisation-scoped call: the bound client sends x-dolfin-organisation-id.
  const scoped = createServerClient({ apiKey, baseUrl, organisationId: organisation.id });
  const backendInvoices = await unwrap(scoped.GET('/invoices'));

  const session = await exchangeCode(code, { baseUrl });
  const browser = createBrowserClient({
    token: session.token,
    organisationId: session.organisations[0].organisationId,
    baseUrl,
  });
  const invoices = await unwrap(browser.GET('/invoices'));

  return {
    industry: industry.name,
    organisationId: organisation.id,
    userIds: users.map((user) => user.userId),
    backendInvoiceNumbers: backendInvoices.data.map((invoice) => invoice.documentNumber),
    sessionUserId: session.userId,
    invoiceNumbers: invoices.data.map((invoice) => invoice.documentNumber),
  };
}
