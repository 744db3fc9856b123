// A `fetch` that answers from memory: no socket, no event-loop hop, no server. What is left of a call is the CPU
// the client spends around fetch (building the request, its layers, reading the response), which is what the
// in-memory bench compares.
import { industries } from './industries.mjs';

const responseInit = { status: 200, headers: { 'content-type': 'application/json' } };

/**
 * `fetch(input, init)` resolves to a fresh 200 response with the industries (the bench server's GET /industries).
 * `inspect`, when set, sees each request as sent (for checks outside the timed runs); `calls` counts them.
 */
export function createMemoryFetch() {
  const memory = {
    calls: 0,
    inspect: undefined,
    fetch: async (input, init) => {
      memory.calls++;
      if (memory.inspect) memory.inspect(new Request(input, init));
      return new Response(industries, responseInit);
    },
  };
  return memory;
}
