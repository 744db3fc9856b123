import { createBrowserClient, exchangeCode } from '@dolfinai/browser';
import { createServerClient, maskSecret, unwrap } from '@dolfinai/server';

export interface FlowOptions {
  /** The client platform's API key: used by the backend steps only. */
  apiKey: string;
  baseUrl: string;
  /** Where each step's line goes. */
  log: (line: string) => void;
  /**
   * The Prism mock answers every create-user call with the spec's first example (Alice) unless asked for another
   * by name; set this against the mock so Bob comes back as Bob.
   */
  pickMockExamples?: boolean;
}

const people = [
  { email: 'alice@acmeplumbing.co.uk', name: 'Alice Johnson', mockExample: 'alice' },
  { email: 'bob@acmeplumbing.co.uk', name: 'Bob Smith', mockExample: 'bob' },
] as const;

/** The client-integration guide: what the platform's backend does, then what the user's browser does. */
export async function runIntegrationFlow({ apiKey, baseUrl, log, pickMockExamples = false }: FlowOptions) {
  // Backend: holds the API key.
  const backend = createServerClient({ apiKey, baseUrl });

  const industries = await unwrap(backend.GET('/industries'));
  const industry = industries.find((candidate) => candidate.name === 'Plumbing & HVAC') ?? industries[0];
  if (!industry) throw new Error('GET /industries returned no industries');
  log(`1. Industries: ${industries.length} offered; using "${industry.name}" (${industry.id})`);

  const organisation = await unwrap(
    backend.POST('/organisations', { body: { name: 'Acme Plumbing Ltd', industryId: industry.id } }),
  );
  log(`2. Organisation "${organisation.name}" created: ${organisation.id}`);

  const users = [];
  for (const person of people) {
    const user = await unwrap(
      backend.POST('/organisations/{organisationId}/users', {
        params: { path: { organisationId: organisation.id } },
        body: { email: person.email, name: person.name },
        headers: pickMockExamples ? { Prefer: `example=${person.mockExample}` } : {},
      }),
    );
    users.push(user);
    log(`3. User ${user.name ?? user.email} added: ${user.userId}`);
  }
  const [alice] = users;
  if (!alice) throw new Error('no user was created');

  const authCode = await unwrap(backend.POST('/auth/codes', { body: { userId: alice.userId } }));
  log(
    `4. Auth code for ${alice.name ?? alice.email}: ${maskSecret(authCode.code)}, expires ${authCode.expiresAt}`,
  );

  // Browser: gets only the auth code, never the API key.
  const session = await exchangeCode(authCode.code, { baseUrl });
  const organisationId = session.organisations[0]?.organisationId ?? organisation.id;
  log(`5. Session for ${session.email}: bearer token ${maskSecret(session.token)} (valid 8 hours)`);

  const browser = createBrowserClient({ token: session.token, organisationId, baseUrl });
  const invoices = await unwrap(browser.GET('/invoices'));
  log(`6. Invoices of ${organisationId} (with the bearer token):`);
  for (const invoice of invoices.data) {
    log(
      `   ${invoice.documentNumber ?? invoice.id}  ${invoice.status ?? ''}  ${invoice.currency} ${invoice.totalAmount ?? ''}  ${invoice.customer?.name ?? ''}`.trimEnd(),
    );
  }

  return { industry, organisation, users, authCode, session, invoices: invoices.data };
}
