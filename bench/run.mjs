// `pnpm bench`: request overhead of our clients against bare openapi-fetch, raw fetch, axios and ky on one local
// server, written to results.json as ratios to raw fetch; then memory while paginating 100k items.
import { writeFile } from 'node:fs/promises';
import { measurePaginateMemory } from './paginate-memory.mjs';
import { measureRequestOverhead } from './request-overhead.mjs';
import { startServer } from './start-server.mjs';

const server = await startServer({ invoiceCount: 100_000 });
try {
  const { medianMs, ratios, ratiosToOpenapiFetch } = await measureRequestOverhead(server.url);
  console.log('Request overhead (GET /industries; medians over 15 rounds):');
  console.table(
    Object.fromEntries(
      Object.entries(medianMs).map(([name, ms]) => [
        name,
        {
          'median of round means, µs': Math.round(ms * 1000),
          'vs raw fetch': ratios[name],
          'vs openapi-fetch': ratiosToOpenapiFetch[name],
        },
      ]),
    ),
  );
  await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(ratios, null, 2)}\n`);
  console.log('Wrote bench/results.json');

  const memory = await measurePaginateMemory(server.url, { items: 100_000, pageSize: 100 });
  console.log('paginate over 100k invoices (pages of 100):');
  console.table(memory);
} finally {
  await server.close();
}
