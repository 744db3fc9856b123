// Memory while `paginate` walks a long list: the heap should hold one page, not the list. Sampled at every page;
// "live" samples follow a forced GC (node --expose-gc) so they count what is retained, not garbage not yet
// collected. The same walk collecting every item into an array is the contrast.
import { createServerClient, paginate } from '@dolfinai/server';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const MB = 1024 * 1024;

export async function measurePaginateMemory(baseUrl, { items, pageSize }) {
  const dolfin = createServerClient({ apiKey: 'dol_live_abc123', baseUrl, organisationId });
  const walk = (keep) => walkInvoices(dolfin, pageSize, keep);
  // Load and compile everything one page needs first, so the baseline does not count it.
  for await (const _ of paginate(dolfin, '/invoices', { params: { query: { Limit: pageSize } } }).pages())
    break;
  const streaming = await walk(false);
  const collecting = await walk(true);
  if (streaming.count !== items || collecting.count !== items) throw new Error('paginate missed items');
  return {
    'live heap before the walk, MB': round(streaming.baseline / MB),
    'peak live heap during the walk, MB': round(streaming.peakLive / MB),
    'peak heap used (garbage included), MB': round(streaming.peakUsed / MB),
    'contrast: peak live heap keeping every item, MB': round(collecting.peakLive / MB),
    // resourceUsage() counts maxRSS in kilobytes.
    'max RSS of the whole process (both walks, server thread), MB': round(
      process.resourceUsage().maxRSS / 1024,
    ),
    'seconds for the streaming walk': round(streaming.seconds),
  };
}

async function walkInvoices(dolfin, pageSize, keep) {
  const kept = []; // stays empty unless `keep`: the contrast that holds the whole list
  globalThis.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let count = 0;
  let peakUsed = baseline;
  let peakLive = baseline;
  const started = performance.now();
  for await (const invoice of paginate(dolfin, '/invoices', { params: { query: { Limit: pageSize } } })) {
    if (keep) kept.push(invoice);
    count++;
    if (count % pageSize !== 0) continue;
    peakUsed = Math.max(peakUsed, process.memoryUsage().heapUsed);
    if ((count / pageSize) % 10 === 0 && globalThis.gc) {
      globalThis.gc();
      peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
    }
  }
  return { count, baseline, peakUsed, peakLive, seconds: (performance.now() - started) / 1000 };
}

function round(value) {
  return Number(value.toFixed(2));
}
