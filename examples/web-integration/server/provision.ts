import { ConflictError, type DolfinClient, unwrap } from '@dolfinai/server';

/** Someone on the platform who gets a Dolfin account. */
export interface Person {
  email: string;
  name: string;
  /** The named example the Prism mock should answer with for this person (it otherwise always says Alice). */
  mockExample: string;
}

/** A platform user who is a member of the organisation in Dolfin. */
export interface Member {
  userId: string;
  email: string;
  name: string;
}

export interface Provisioned {
  organisation: { id: string; name: string };
  members: Member[];
}

/** The guide's business and its two users. */
export const acmePlumbing = {
  name: 'Acme Plumbing Ltd',
  industry: 'Plumbing & HVAC',
  people: [
    { email: 'alice@acmeplumbing.co.uk', name: 'Alice Johnson', mockExample: 'alice' },
    { email: 'bob@acmeplumbing.co.uk', name: 'Bob Smith', mockExample: 'bob' },
  ] satisfies Person[],
};

export interface ProvisionOptions {
  /** An organisation created on an earlier run; without one a new organisation is created. */
  organisationId?: string | undefined;
  /** Ask the Prism mock for each person's own example (only against the mock). @default false */
  mockExamples?: boolean;
  log: (line: string) => void;
}

/**
 * The guide's backend steps 1 and 2: the organisation (unless it exists already) and its users. Safe to re-run:
 * a user who is already a member (409) is looked up instead of added.
 */
export async function provision(dolfin: DolfinClient, options: ProvisionOptions): Promise<Provisioned> {
  const organisation = options.organisationId
    ? { id: options.organisationId, name: acmePlumbing.name }
    : await createOrganisation(dolfin, options.log);

  const members: Member[] = [];
  for (const person of acmePlumbing.people) {
    members.push(await addMember(dolfin, organisation.id, person, options));
  }
  return { organisation, members };
}

async function createOrganisation(dolfin: DolfinClient, log: (line: string) => void) {
  const industries = await unwrap(dolfin.GET('/industries'));
  const industry = industries.find(({ name }) => name === acmePlumbing.industry) ?? industries[0];
  if (!industry) throw new Error('GET /industries returned no industry to create the organisation in');
  const organisation = await unwrap(
    dolfin.POST('/organisations', { body: { name: acmePlumbing.name, industryId: industry.id } }),
  );
  log(
    `Created organisation "${organisation.name}" (${organisation.id}); set DOLFIN_ORGANISATION_ID to reuse it.`,
  );
  return { id: organisation.id, name: organisation.name };
}

async function addMember(
  dolfin: DolfinClient,
  organisationId: string,
  person: Person,
  { mockExamples = false, log }: ProvisionOptions,
): Promise<Member> {
  try {
    const user = await unwrap(
      dolfin.POST('/organisations/{organisationId}/users', {
        params: { path: { organisationId } },
        body: { email: person.email, name: person.name },
        headers: mockExamples ? { Prefer: `example=${person.mockExample}` } : {},
      }),
    );
    log(`Added ${person.name} (${user.userId}).`);
    return { userId: user.userId, email: user.email, name: user.name ?? person.name };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const member = await findMember(dolfin, organisationId, person.email);
    log(`${person.name} is already a member (${member.userId}).`);
    return member;
  }
}

async function findMember(dolfin: DolfinClient, organisationId: string, email: string): Promise<Member> {
  const page = await unwrap(
    dolfin.GET('/organisations/{organisationId}/users', {
      params: { path: { organisationId }, query: { Email: email } },
    }),
  );
  const user = page.data.find((candidate) => candidate.email.toLowerCase() === email.toLowerCase());
  if (!user) {
    throw new Error(
      `${email} is already a member of ${organisationId} (409) but is missing from its user list`,
    );
  }
  return { userId: user.id, email: user.email, name: user.name ?? email };
}
