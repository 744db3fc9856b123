import type { AuthCode, Industry, Organisation, User } from '@dolfinai/server';
import { BadRequestError, ConflictError, createServerClient, unwrap } from '@dolfinai/server';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';

const baseUrl = inject('dolfinMockUrl');
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';

describe('server client against the mock', () => {
  const dolfin = createServerClient({ apiKey: 'dol_live_abc123', baseUrl });

  it('lists industries', async () => {
    const industries = await unwrap(dolfin.GET('/industries'));
    expectTypeOf(industries).toEqualTypeOf<Industry[]>();
    expect(industries.map((industry) => industry.name)).toContain('Plumbing & HVAC');
  });

  it('creates an organisation', async () => {
    const organisation = await unwrap(
      dolfin.POST('/organisations', {
        body: { name: 'Acme Plumbing Ltd', industryId: 'b2d4f6a8-1234-5678-9abc-def012345678' },
      }),
    );
    expectTypeOf(organisation).toEqualTypeOf<Organisation>();
    expect(organisation).toMatchObject({ id: organisationId, name: 'Acme Plumbing Ltd' });
  });

  it('creates a user in the organisation', async () => {
    const user = await unwrap(
      dolfin.POST('/organisations/{organisationId}/users', {
        params: { path: { organisationId } },
        body: { email: 'alice@acmeplumbing.co.uk', name: 'Alice Johnson' },
      }),
    );
    expectTypeOf(user).toEqualTypeOf<User>();
    expect(user).toMatchObject({ email: 'alice@acmeplumbing.co.uk', organisationId });
  });

  it('mints an auth code for a user', async () => {
    const code = await unwrap(
      dolfin.POST('/auth/codes', { body: { userId: 'a1111111-1111-1111-1111-111111111111' } }),
    );
    expectTypeOf(code).toEqualTypeOf<AuthCode>();
    expect(code.code).toEqual(expect.any(String));
    expect(Date.parse(code.expiresAt)).not.toBeNaN();
  });

  it('lists the users of an organisation', async () => {
    const page = await unwrap(
      dolfin.GET('/organisations/{organisationId}/users', { params: { path: { organisationId } } }),
    );
    expect(page.data.map((user) => user.role)).toEqual(['Member', 'Member']);
  });
});

describe('server client unhappy paths', () => {
  const dolfin = createServerClient({ apiKey: 'dol_live_abc123', baseUrl });

  it('surfaces the validation problem when the body misses email', async () => {
    const { data, error, response } = await dolfin.POST('/organisations/{organisationId}/users', {
      params: { path: { organisationId } },
      // @ts-expect-error email is required by the spec; the point is to send a body without it
      body: { name: 'No Email' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ status: 400, title: expect.any(String) });
  });

  it('throws a typed BadRequestError through unwrap', async () => {
    const call = dolfin.POST('/organisations/{organisationId}/users', {
      params: { path: { organisationId } },
      // @ts-expect-error email is required
      body: {},
    });
    await expect(unwrap(call)).rejects.toBeInstanceOf(BadRequestError);
  });

  it('surfaces 409 when the user is already a member', async () => {
    const call = dolfin.POST('/organisations/{organisationId}/users', {
      params: { path: { organisationId } },
      body: { email: 'alice@acmeplumbing.co.uk', name: 'Alice Johnson' },
      headers: { Prefer: 'code=409' },
    });
    const error = await unwrap(call).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ name: 'ConflictError', status: 409 });
  });

  it('gets 401 from an operation that needs a credential when none is sent', async () => {
    const response = await fetch(`${baseUrl}/industries`);
    expect(response.status).toBe(401);
  });
});
