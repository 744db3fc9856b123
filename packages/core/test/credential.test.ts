import type { Credential } from '@dolfinai/core/internal';
import { expect, it } from 'vitest';
import { ok, problem, useFaultServers } from '../../../test/fault-server.js';
import { SECRET, testClient } from './test-client.js';

const serve = useFaultServers();

it('sends the credential to the API origin only, even when a call overrides baseUrl', async () => {
  const api = await serve(ok([]));
  const elsewhere = await serve(ok([]));
  const dolfin = testClient(api.url);
  await dolfin.GET('/industries');
  await dolfin.GET('/industries', { baseUrl: elsewhere.url });
  expect(api.hits[0]?.headers['x-test-secret']).toBe(SECRET);
  expect(elsewhere.hits).toHaveLength(1);
  expect(elsewhere.hits[0]?.headers['x-test-secret']).toBeUndefined();
});

it('re-sends a request once after a 401 when the credential was renewed', async () => {
  const { url, hits } = await serve(problem(401), problem(401));
  let renewals = 0;
  let current = 'first';
  const renewing: Credential = {
    header: 'x-test-secret',
    apply(request) {
      request.headers.set('x-test-secret', current);
      return current;
    },
    async renew(used) {
      renewals++;
      expect(used).toBe('first');
      current = 'second';
      return true;
    },
  };
  const { response } = await testClient(url, { credential: renewing }).POST('/organisations', {
    body: { name: 'Acme Plumbing Ltd', industryId: 'b2d4f6a8-1234-5678-9abc-def012345678' },
  });
  // The second 401 is the answer: one renewal per request, however the renewed credential fares.
  expect(response.status).toBe(401);
  expect(renewals).toBe(1);
  expect(hits.map((hit) => [hit.method, hit.headers['x-test-secret'], hit.body.length > 0])).toEqual([
    ['POST', 'first', true],
    ['POST', 'second', true],
  ]);
});

it('returns the 401 when the credential could not be renewed', async () => {
  const { url, hits } = await serve(problem(401));
  const refusing: Credential = { header: 'x-test-secret', apply: () => 'only', renew: async () => false };
  const { response } = await testClient(url, { credential: refusing }).GET('/industries');
  expect(response.status).toBe(401);
  expect(hits).toHaveLength(1);
});

it('does not follow a redirect with the credential: a 307 to another origin comes back as the answer', async () => {
  const elsewhere = await serve(ok([]));
  const api = await serve((response) => {
    response.writeHead(307, { location: `${elsewhere.url}/industries` });
    response.end();
  });
  const { response } = await testClient(api.url).GET('/industries');
  expect(response.status).toBe(307);
  expect(api.hits[0]?.headers['x-test-secret']).toBe(SECRET);
  expect(elsewhere.hits.filter((hit) => hit.headers['x-test-secret'] !== undefined)).toEqual([]);
});
