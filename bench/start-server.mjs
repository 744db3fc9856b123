import { Worker } from 'node:worker_threads';

/** Starts server.mjs in a worker thread on a free 127.0.0.1 port; `close()` stops it. */
export async function startServer({ invoiceCount }) {
  const worker = new Worker(new URL('./server.mjs', import.meta.url), { workerData: { invoiceCount } });
  const port = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}
