// The client-integration flow in plain JavaScript, run by every runtime under test:
// `<runtime> integration-flow.mjs <baseUrl>` prints one JSON line with what each step returned.
import { createBrowserClient, exchangeCode } from '@dolfinai/browser';
import { createServerClient, unwrap } from '@dolfinai/server';

const baseUrl = process.argv[2];
const backend = createServerClient({ apiKey: 'dol_live_abc123', baseUrl });

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

const session = await exchangeCode(code, { baseUrl });
const browser = createBrowserClient({
  token: session.token,
  organisationId: session.organisations[0].organisationId,
  baseUrl,
});
const invoices = await unwrap(browser.GET('/invoices'));

const runtime =
  typeof Deno !== 'undefined'
    ? `deno ${Deno.version.deno}`
    : typeof Bun !== 'undefined'
      ? `bun ${Bun.version}`
      : `node ${process.versions.node}`;
console.log(
  JSON.stringify({
    runtime,
    industry: industry.name,
    organisationId: organisation.id,
    userIds: users.map((user) => user.userId),
    sessionUserId: session.userId,
    invoiceNumbers: invoices.data.map((invoice) => invoice.documentNumber),
  }),
);
