// Type tests for the client's public surface; `pnpm run typecheck` checks them, vitest runs the calls against a
// stub fetch.
import { type DolfinClient, type OrganisationClient, unwrap } from '@dolfinai/core';
import { createDolfinClient } from '@dolfinai/core/internal';
import type { Industry, InvoicePage, Organisation } from '@dolfinai/types';
import { expect, expectTypeOf, it } from 'vitest';
import { answeringFetch } from '../../../test/path-attacks.js';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';

it('types maxRetries and timeout on every call, and keeps the data types precise', async () => {
  const { fetch, requests } = answeringFetch();
  const dolfin = createDolfinClient({ fetch });
  expectTypeOf(dolfin).toEqualTypeOf<DolfinClient>();
  expectTypeOf(await unwrap(dolfin.GET('/industries', { maxRetries: 0, timeout: 1_000 }))).toEqualTypeOf<
    Industry[]
  >();
  const created = dolfin.POST('/organisations', {
    body: { name: 'Acme', industryId: organisationId },
    timeout: 5,
  });
  expectTypeOf(await unwrap(created)).toEqualTypeOf<Organisation>();
  // @ts-expect-error maxRetries is a number
  await dolfin.GET('/industries', { maxRetries: 'twice' }).catch(() => undefined);
  // @ts-expect-error timeout is a number of milliseconds
  await dolfin.GET('/industries', { timeout: '1s' }).catch(() => undefined);
  expect(requests).toHaveLength(2);
});

it('makes the organisation header optional on a bound client only', async () => {
  const { fetch } = answeringFetch();
  const bound = createDolfinClient({ fetch, organisationId });
  expectTypeOf(bound).toEqualTypeOf<OrganisationClient>();
  const { data } = await bound.GET('/invoices', { timeout: 5 });
  expectTypeOf(data).toEqualTypeOf<InvoicePage | undefined>();
  // @ts-expect-error the spec requires the organisation header on /invoices
  await createDolfinClient({ fetch }).GET('/invoices');
});

it('rejects a per-call control out of range before sending', async () => {
  const { fetch, requests } = answeringFetch();
  const dolfin = createDolfinClient({ fetch });
  await expect(dolfin.GET('/industries', { maxRetries: 11 })).rejects.toMatchObject({
    name: 'DolfinOptionError',
    option: 'maxRetries',
  });
  await expect(dolfin.GET('/industries', { timeout: 0 })).rejects.toMatchObject({ option: 'timeout' });
  expect(requests).toHaveLength(0);
});
