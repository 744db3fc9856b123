import { unwrap } from '@dolfinai/core';
import { expect, it } from 'vitest';
import { ok, startFaultServer } from '../../../test/fault-server.js';
import { testClient } from './test-client.js';

/** Sockets, servers and timers this process holds open, by kind. */
function openResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Kinds of which more are open now than in `before`. */
function leftOpen(before: Record<string, number>): Record<string, number> {
  const now = openResources();
  return Object.fromEntries(Object.entries(now).filter(([kind, count]) => count > (before[kind] ?? 0)));
}

/** Polls until `check` passes, for at most `tries` turns of 10 ms (sockets close a few turns after the server). */
async function eventually(check: () => boolean, tries = 200): Promise<void> {
  for (let turn = 0; turn < tries && !check(); turn++)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

it('runs 1000 concurrent requests through one client: all succeed, no handle stays open', async () => {
  const before = openResources();
  const server = await startFaultServer(ok([{ id: 'b2d4f6a8-1234-5678-9abc-def012345678' }]));
  const dolfin = testClient(server.url);

  const results = await Promise.all(Array.from({ length: 1000 }, () => unwrap(dolfin.GET('/industries'))));

  expect(results).toHaveLength(1000);
  expect(results.every((industries) => industries[0]?.id === 'b2d4f6a8-1234-5678-9abc-def012345678')).toBe(
    true,
  );
  expect(server.hits).toHaveLength(1000);
  await server.close();
  // Client sockets close as the server's go away; no timer of ours may outlive its request.
  await eventually(() => Object.keys(leftOpen(before)).length === 0);
  expect(leftOpen(before)).toEqual({});
});
