// openapi-fetch middleware in front of the transport: what it may do to a request, and what it never sees.
import { type RequestLog, unwrap } from '@dolfinai/core';
import { afterEach, expect, it } from 'vitest';
import { type FaultServer, ok, problem, startFaultServer } from '../../../test/fault-server.js';
import { SECRET, testClient } from './test-client.js';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';

let server: FaultServer | undefined;
afterEach(() => server?.close());

it('accepts a middleware that replaces the request, and still sends the credential and logs the route', async () => {
  server = await startFaultServer(ok({ data: [] }));
  const entries: RequestLog[] = [];
  const dolfin = testClient(server.url, { logger: (entry) => entries.push(entry) });
  dolfin.use({ onRequest: ({ request }) => new Request(request) });
  await unwrap(dolfin.GET('/organisations/{organisationId}/users', { params: { path: { organisationId } } }));
  expect(server.hits[0]?.headers['x-test-secret']).toBe(SECRET);
  expect(entries.map((entry) => entry.path)).toEqual(['/organisations/{organisationId}/users']);
});

it('never shows the credential to middleware, on any attempt', async () => {
  server = await startFaultServer(problem(503), ok());
  const seen: (string | null)[] = [];
  const dolfin = testClient(server.url, { maxRetries: 1 });
  dolfin.use({
    onResponse: ({ request }) => {
      seen.push(request.headers.get('x-test-secret'));
    },
  });
  await dolfin.GET('/industries');
  await dolfin.POST('/organisations', {
    body: { name: 'Acme Plumbing Ltd', industryId: 'b2d4f6a8-1234-5678-9abc-def012345678' },
    maxRetries: 0,
  });
  expect(server.hits.map((hit) => hit.headers['x-test-secret'])).toEqual([SECRET, SECRET, SECRET]);
  expect(seen).toEqual([null, null]);
});
