// Mean latency of one request per client, against the same local server, as a ratio to raw fetch. Tasks take
// turns in many short rounds, each round in a rotated order; a task's ratio is the median of its per-round
// ratios, so a slow spell of a shared machine touches one round of every task instead of one task.
import { Bench } from 'tinybench';
import { requestsTo } from './clients.mjs';

export async function measureRequestOverhead(baseUrl, { rounds = 15, time = 300 } = {}) {
  const requests = Object.entries(requestsTo(baseUrl));
  for (const [name, request] of requests) {
    const body = await request();
    if (!Array.isArray(body) || body.length !== 2) throw new Error(`${name} did not read the industries`);
  }
  const means = Object.fromEntries(requests.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmup: round === 0, warmupTime: 500, throws: true });
    const order = [...requests.slice(round % requests.length), ...requests.slice(0, round % requests.length)];
    for (const [name, request] of order) bench.add(name, request);
    await bench.run();
    for (const task of bench.tasks) means[task.name].push(task.result.latency.mean);
  }
  // Each round's ratio compares tasks measured moments apart; the median over rounds drops the disturbed ones.
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ratiosTo = (baseline) =>
    Object.fromEntries(
      Object.entries(means).map(([name, values]) => [
        name,
        Number(median(values.map((mean, round) => mean / means[baseline][round])).toFixed(3)),
      ]),
    );
  const medianMs = Object.fromEntries(Object.entries(means).map(([name, values]) => [name, median(values)]));
  return { medianMs, ratios: ratiosTo('raw-fetch'), ratiosToOpenapiFetch: ratiosTo('openapi-fetch') };
}
