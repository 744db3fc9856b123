// The Dolfin API has no idempotency key, so the proof that retries never duplicate a write: whatever the first
// attempt meets, the server ends up acting on the write exactly once (or the caller gets an error for the one
// attempt that may have acted). A step "acts" unless it refuses the request before doing anything.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FaultServer,
  hang,
  ok,
  problem,
  reset,
  type Step,
  startFaultServer,
} from '../../../test/fault-server.js';
import { HANG_TIMEOUT } from '../../../test/hang-timeout.js';
import { testClient } from './test-client.js';

/** Untyped access to any method and path, as the table below needs. */
interface AnyClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ response: Response }>;
}

const hung = hang();

const faults: [name: string, step: Step, refusedBeforeActing: boolean][] = [
  ['429 with Retry-After', problem(429, { 'retry-after': '0' }), true],
  ['429 without Retry-After', problem(429), true],
  ['408', problem(408), true],
  ['503 with Retry-After', problem(503, { 'retry-after': '0' }), true],
  ['503 without Retry-After', problem(503), false],
  ['500', problem(500), false],
  ['502', problem(502), false],
  ['504', problem(504), false],
  ['a connection reset after the request was read', reset(), false],
  ['a hung response (timeout)', hung, false],
];

const writes = [
  ['POST', '/organisations'],
  ['PUT', '/organisations/{id}'],
  ['PATCH', '/invoices/{id}'],
  ['DELETE', '/invoices/{id}'],
] as const;

let server: FaultServer | undefined;
afterEach(() => server?.close());

describe('no write is received twice', () => {
  describe.each(writes)('%s %s', (method, path) => {
    it.each(faults)('after %s', async (_, fault, refusedBeforeActing) => {
      const effects: string[] = [];
      const acting =
        (step: Step): Step =>
        (response, hit) => {
          effects.push(hit.body);
          step(response, hit);
        };
      server = await startFaultServer(
        refusedBeforeActing ? fault : acting(fault),
        acting(ok({ id: 'done' })),
      );
      const marker = `${method}-${Math.random()}`;
      const timeout = fault === hung ? HANG_TIMEOUT : undefined;
      const client = testClient(server.url, { timeout, maxRetries: 3 }) as unknown as AnyClient;
      const outcome = await client
        .request(method.toLowerCase(), path, {
          params: { path: { id: 'f6789012-abcd-ef01-2345-6789abcdef01' } },
          body: { marker },
        })
        .then(({ response }) => response.status)
        .catch((error: Error) => error.name);

      expect(effects).toEqual([JSON.stringify({ marker })]);
      // Refused first attempts are re-sent and succeed; the others surface what the one attempt got.
      if (refusedBeforeActing) expect(outcome).toBe(200);
      else expect(outcome).not.toBe(200);
      expect(server.hits).toHaveLength(refusedBeforeActing ? 2 : 1);
    });
  });
});
