import { type RequestLog, unwrap } from '@dolfinai/core';
import { afterEach, expect, it } from 'vitest';
import { type FaultServer, hang, ok, problem, rejectionOf, startFaultServer } from './fault-server.js';
import { HANG_TIMEOUT, organisationBody, SECRET, testClient } from './test-client.js';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';

let server: FaultServer | undefined;
afterEach(() => server?.close());

it('logs each attempt with the route template, status, request id and the wait before the next', async () => {
  server = await startFaultServer(
    problem(503, { 'x-request-id': 'req-1' }),
    ok({ data: [] }, 200, { 'x-request-id': 'req-2' }),
  );
  const entries: RequestLog[] = [];
  const dolfin = testClient(server.url, { logger: (entry) => entries.push(entry) });
  await unwrap(
    dolfin.GET('/organisations/{organisationId}/users', {
      params: { path: { organisationId }, query: { Email: 'alice@acmeplumbing.co.uk' } },
    }),
  );
  expect(entries).toEqual([
    {
      method: 'GET',
      path: '/organisations/{organisationId}/users',
      attempt: 1,
      status: 503,
      durationMs: expect.any(Number),
      requestId: 'req-1',
      failure: undefined,
      retryInMs: expect.any(Number),
    },
    {
      method: 'GET',
      path: '/organisations/{organisationId}/users',
      attempt: 2,
      status: 200,
      durationMs: expect.any(Number),
      requestId: 'req-2',
      failure: undefined,
      retryInMs: undefined,
    },
  ]);
});

it('logs attempts that got no response, and never a secret, a header or a body', async () => {
  server = await startFaultServer(hang());
  const lines: string[] = [];
  const dolfin = testClient(server.url, {
    timeout: HANG_TIMEOUT,
    logger: (entry) => lines.push(JSON.stringify(entry)),
  });
  await rejectionOf(dolfin.POST('/organisations', { body: organisationBody }));
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0] ?? '')).toMatchObject({
    method: 'POST',
    path: '/organisations',
    failure: 'timeout',
  });
  const logged = lines.join('\n');
  expect(logged).not.toContain(SECRET);
  expect(logged).not.toContain('Acme');
  expect(logged).not.toContain('x-test-secret');
});
