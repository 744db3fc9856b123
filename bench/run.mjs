// `pnpm bench`: request overhead of our clients against bare openapi-fetch, raw fetch, axios and ky on one local
// server; the CPU cost per call of our clients against bare openapi-fetch over an in-memory fetch; both written to
// results.json as ratios; then memory while paginating 100k items.
import { writeFile } from 'node:fs/promises';
import { measureMemoryOverhead } from './memory-overhead.mjs';
import { measurePaginateMemory } from './paginate-memory.mjs';
import { measureRequestOverhead } from './request-overhead.mjs';
import { startServer } from './start-server.mjs';

const micros = (ms) => Number((ms * 1000).toFixed(2));

const server = await startServer({ invoiceCount: 100_000 });
try {
  const wire = await measureRequestOverhead(server.url);
  console.log(`Request overhead over the wire (GET /industries; medians over ${wire.rounds} rounds):`);
  console.table(
    Object.fromEntries(
      Object.entries(wire.medianMs).map(([name, ms]) => [
        name,
        {
          'median of round means, µs': Math.round(ms * 1000),
          'vs raw fetch': wire.ratios[name],
          'vs openapi-fetch': wire.ratiosToOpenapiFetch[name],
        },
      ]),
    ),
  );

  const memory = await measureMemoryOverhead();
  console.log(
    `CPU cost per call over an in-memory fetch (GET /industries; medians over ${memory.rounds} rounds):`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(memory.medianMs).map(([name, ms]) => [
        name,
        { 'median of round means, µs per call': micros(ms), 'vs openapi-fetch': memory.ratios[name] },
      ]),
    ),
  );

  const results = {
    wire: { vsRawFetch: wire.ratios, vsOpenapiFetch: wire.ratiosToOpenapiFetch },
    memory: {
      vsOpenapiFetch: memory.ratios,
      microsPerCall: Object.fromEntries(
        Object.entries(memory.medianMs).map(([name, ms]) => [name, micros(ms)]),
      ),
    },
  };
  await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote bench/results.json');

  const paginate = await measurePaginateMemory(server.url, { items: 100_000, pageSize: 100 });
  console.log('paginate over 100k invoices (pages of 100):');
  console.table(paginate);
} finally {
  await server.close();
}
