import { type RequestLog, unwrap } from '@dolfinai/core';
import { afterEach, expect, it, vi } from 'vitest';
import {
  type FaultServer,
  hang,
  ok,
  problem,
  rejectionOf,
  startFaultServer,
} from '../../../test/fault-server.js';
import { HANG_TIMEOUT } from '../../../test/hang-timeout.js';
import { organisationBody, SECRET, testClient } from './test-client.js';

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

it('returns the response when the logger throws: a logging failure must not look like a failed write', async () => {
  server = await startFaultServer(ok({ organisationId }, 201));
  const dolfin = testClient(server.url, {
    logger: () => {
      throw new Error('log sink down');
    },
  });
  const { response } = await dolfin.POST('/organisations', { body: organisationBody });
  expect(response.status).toBe(201);
  expect(server.hits).toHaveLength(1);
});

it('does not count the time a 401 renewal takes in the attempt duration', async () => {
  server = await startFaultServer(problem(401), ok());
  // A clock that only moves while the renewal runs: any duration it shows was spent renewing.
  let clock = 0;
  const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const entries: RequestLog[] = [];
  const dolfin = testClient(server.url, {
    logger: (entry) => entries.push(entry),
    credential: {
      header: 'x-test-secret',
      apply: (request) => {
        request.headers.set('x-test-secret', SECRET);
        return SECRET;
      },
      renew: async () => {
        clock += 5_000;
        return true;
      },
    },
  });
  try {
    await dolfin.GET('/industries');
  } finally {
    now.mockRestore();
  }
  expect(entries.map((entry) => [entry.status, entry.durationMs])).toEqual([
    [401, 0],
    [200, 0],
  ]);
});
