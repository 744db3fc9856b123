// CPU cost per call of each client over an in-memory fetch (memory-fetch.mjs), as ratios to bare openapi-fetch,
// measured in interleaved rounds in this process like the wire bench (interleaved.mjs). Without the network a call
// is pure CPU work, so it is timed by this process's CPU clock (other processes on a shared machine do not count;
// the idle server thread and V8's GC threads do); and as a call takes microseconds, each timed run makes a batch
// of calls, keeping tinybench's own overhead out of the ratio.
import { inMemoryRequests } from './clients.mjs';
import { cpuTime, measureInterleaved } from './interleaved.mjs';
import { createMemoryFetch } from './memory-fetch.mjs';

const CALLS_PER_RUN = 20;
/** The credential each task must have sent: proof that the layers under test ran. */
const credentials = {
  'fetch alone': 'x-dolfin-api-key',
  'openapi-fetch': 'x-dolfin-api-key',
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
  const { medianMs, ratiosTo } = await measureInterleaved(batches, {
    now: cpuTime,
    ...options,
    callsPerTask: CALLS_PER_RUN,
  });
  if (memory.calls === before) throw new Error('no call reached the in-memory fetch');
  return { medianMs, ratios: ratiosTo('openapi-fetch') };
}
