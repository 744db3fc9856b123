// Mean latency of one request per client over the wire, against the same local server (a worker thread), as
// ratios to raw fetch and to bare openapi-fetch, measured in interleaved rounds (interleaved.mjs).
import { requestsTo } from './clients.mjs';
import { measureInterleaved } from './interleaved.mjs';

export async function measureRequestOverhead(baseUrl, options) {
  const requests = requestsTo(baseUrl);
  for (const [name, request] of Object.entries(requests)) {
    const body = await request();
    if (!Array.isArray(body) || body.length !== 2) throw new Error(`${name} did not read the industries`);
  }
  const { medianMs, ratiosTo, rounds } = await measureInterleaved(requests, options);
  return { medianMs, rounds, ratios: ratiosTo('raw-fetch'), ratiosToOpenapiFetch: ratiosTo('openapi-fetch') };
}
