// Type-checked as a Node ESM module (moduleResolution node16): the `import` conditions and `.d.ts` files.
import { startMock } from '@dolfinai/mock';
import { createServerClient, type Industry, type Organisation, unwrap } from '@dolfinai/server';

const mock = await startMock({ port: 0, errors: true });
const dolfin = createServerClient({ apiKey: 'dol_live_abc123', baseUrl: mock.url });
const industries: Industry[] = await unwrap(dolfin.GET('/industries'));
const organisation: Organisation = await unwrap(
  dolfin.POST('/organisations', { body: { name: 'Acme Plumbing Ltd', industryId: industries[0]?.id ?? '' } }),
);
// @ts-expect-error: creating an organisation needs its industryId
await dolfin.POST('/organisations', { body: { name: 'Acme Plumbing Ltd' } });
// @ts-expect-error: not a Dolfin path
await dolfin.GET('/industry');
await mock.stop();

export const organisationName: string = organisation.name;
