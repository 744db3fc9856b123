import { BadRequestError, createServerClient } from '@dolfinai/server';
import { describe, expect, inject, it } from 'vitest';
import { provision } from '../server/provision.js';
import { forcingFetch } from './forcing-fetch.js';
import { apiKey } from './stack.js';

const baseUrl = inject('dolfinMockUrl');
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';

/** Create-user answered with `status`, as the real API answers 409 on a re-run. */
const answeringCreateUserWith = (status: number) =>
  forcingFetch(status, (request) => request.method === 'POST' && request.url.endsWith('/users'));

describe('provisioning the organisation and its users', () => {
  it('creates the organisation and adds Alice and Bob', async () => {
    const lines: string[] = [];
    const dolfin = createServerClient({ apiKey, baseUrl });
    const { organisation, members } = await provision(dolfin, {
      mockExamples: true,
      log: (line) => lines.push(line),
    });
    expect(organisation).toEqual({ id: organisationId, name: 'Acme Plumbing Ltd' });
    expect(members.map(({ name, userId }) => [name, userId])).toEqual([
      ['Alice Johnson', 'a1111111-1111-1111-1111-111111111111'],
      ['Bob Smith', 'b2222222-2222-2222-2222-222222222222'],
    ]);
    expect(lines.join('\n')).not.toContain(apiKey);
  });

  it('is safe to re-run: reuses the organisation and looks up users who are already members (409)', async () => {
    const lines: string[] = [];
    const { fetch, requests } = answeringCreateUserWith(409);
    const dolfin = createServerClient({ apiKey, baseUrl, fetch });
    const { members } = await provision(dolfin, { organisationId, log: (line) => lines.push(line) });

    expect(members.map(({ email, userId }) => [email, userId])).toEqual([
      ['alice@acmeplumbing.co.uk', 'a1111111-1111-1111-1111-111111111111'],
      ['bob@acmeplumbing.co.uk', 'b2222222-2222-2222-2222-222222222222'],
    ]);
    expect(lines).toEqual([
      'Alice Johnson is already a member (a1111111-1111-1111-1111-111111111111).',
      'Bob Smith is already a member (b2222222-2222-2222-2222-222222222222).',
    ]);
    const calls = requests.map(
      ({ method, url }) => `${method} ${new URL(url).pathname}${new URL(url).search}`,
    );
    expect(calls).not.toContain('POST /organisations');
    expect(calls).toContain(`GET /organisations/${organisationId}/users?Email=bob%40acmeplumbing.co.uk`);
  });

  it('does not hide other failures of create-user', async () => {
    const { fetch } = answeringCreateUserWith(400);
    const dolfin = createServerClient({ apiKey, baseUrl, fetch });
    await expect(provision(dolfin, { organisationId, log: () => {} })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });
});
