// The local API every benchmark task calls: runs in a worker thread, so serving requests does not share the event
// loop being measured. GET /industries answers a fixed list; GET /invoices pages through generated invoices.
import { createServer } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { industries } from './industries.mjs';

/** One generated invoice, about the size of the spec's example. */
function invoice(index) {
  const id = `f6789012-abcd-ef01-2345-${String(index).padStart(12, '0')}`;
  return {
    id,
    organisationId: '9a658587-fe02-402e-b1ac-bfaf53274ef8',
    documentNumber: `INV-${String(index).padStart(6, '0')}`,
    status: 'Open',
    currency: 'GBP',
    totalAmount: 114,
    issueDate: '2025-01-15',
    dueDate: '2025-02-14',
    customer: { id: 'c3456789-abcd-ef01-2345-6789abcdef01', name: 'Riverside Construction Ltd' },
  };
}

function invoicePage(url) {
  const total = workerData.invoiceCount;
  const start = Number(url.searchParams.get('Cursor') ?? 0);
  const limit = Number(url.searchParams.get('Limit') ?? 20);
  const end = Math.min(total, start + limit);
  const data = [];
  for (let index = start; index < end; index++) data.push(invoice(index));
  return JSON.stringify({
    data,
    meta: { cursors: { current: String(start), next: end < total ? String(end) : null } },
  });
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const body = url.pathname === '/invoices' ? invoicePage(url) : industries;
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => parentPort?.postMessage(server.address().port));
parentPort?.on('message', (message) => {
  if (message !== 'close') return;
  server.close(() => parentPort?.close());
  server.closeAllConnections();
});
