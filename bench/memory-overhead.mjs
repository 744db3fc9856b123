// CPU cost per call of each client over an in-memory fetch (memory-fetch.mjs), as ratios to bare openapi-fetch,
// measured call by call in turns in this process like the wire bench (interleaved.mjs). Without the network a call
// is pure CPU work; as it takes microseconds, each timed turn makes a batch of calls, keeping the clock's own cost
// out of the ratio.
import { inMemoryRequests } from './clients.mjs';
import { measureInterleaved } from './interleaved.mjs';
import { createMemoryFetch } from './memory-fetch.mjs';

const CALLS_PER_RUN = 20;
/** The credential each task must have sent: proof that the layers under test ran. */
const credentials = {
  'fetch alone': 'x-dolfin-api-key',
  'openapi-fetch': 'x-dolfin-api-key',
  'openapi-fetch twin': 'x-dolfin-api-key',
  'dolfin-server': 'x-dolfin-api-key',
  'dolfin-browser': 'authorization',
};

export async function measureMemoryOverhead(options) {
  const memory = createMemoryFetch();
  const requests = inMemoryRequests(memory.fetch);
  for (const [name, request] of Object.entries(requests)) {
    let sent;
    memory.inspect = (req) => {
      sent = req;
    };
    const body = await request();
    memory.inspect = undefined;
    if (!Array.isArray(body) || body.length !== 2) throw new Error(`${name} did not read the industries`);
    if (!sent?.headers.has(credentials[name])) throw new Error(`${name} did not send ${credentials[name]}`);
  }
  const batches = Object.fromEntries(
    Object.entries(requests).map(([name, request]) => [
      name,
      async () => {
        for (let call = 0; call < CALLS_PER_RUN; call++) await request();
      },
    ]),
  );
  const before = memory.calls;
  const { medianMs, ratiosTo, rounds } = await measureInterleaved(batches, {
    ...options,
    callsPerTask: CALLS_PER_RUN,
  });
  if (memory.calls === before) throw new Error('no call reached the in-memory fetch');
  return { medianMs, rounds, ratios: ratiosTo('openapi-fetch') };
}
