import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectFlowCompleted } from './flow-result.js';

const workerEntry = fileURLToPath(new URL('../scripts/worker.mjs', import.meta.url));

/** scripts/worker.mjs with the built @dolfinai/server and @dolfinai/browser (and openapi-fetch) in one module,
 * resolved with the export conditions wrangler uses for workerd. */
async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [workerEntry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** workerd running the bundled worker, its fetch allowed to reach 127.0.0.1 only. */
function createWorker(script: string): Miniflare {
  return new Miniflare({
    modules: true,
    script,
    scriptPath: workerEntry,
    // No nodejs_compat: the clients must work on the web platform alone.
    compatibilityDate: '2026-04-01',
    bindings: { DOLFIN_API_URL: inject('dolfinMockUrl') },
    // The worker's fetch reaches the mock on loopback and nothing else.
    outboundService: { network: { allow: ['127.0.0.1/32'], deny: [] } },
  });
}

describe('the integration flow on workerd (Cloudflare Workers, via Miniflare)', () => {
  let worker: Miniflare | undefined;
  let scratch: string | undefined;

  beforeAll(async () => {
    const script = await bundleWorker();
    // Miniflare makes its scratch directory under os.tmpdir() and removes it without waiting for the removal, which
    // a test process can outlive: give it one of ours, removed in afterAll.
    scratch = await mkdtemp(join(tmpdir(), 'dolfin-workerd-'));
    const previousTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      worker = createWorker(script);
    } finally {
      if (previousTmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmpdir;
    }
    await worker.ready;
  }, 60_000);

  afterAll(async () => {
    await worker?.dispose();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('lists industries, provisions, mints and exchanges a code, and lists invoices', async () => {
    if (!worker) throw new Error('beforeAll did not start the worker');
    const response = await worker.dispatchFetch('http://worker.test/');
    const result = (await response.json()) as Record<string, unknown>;
    expect(result.error, 'the worker threw').toBeUndefined();
    expect(response.status).toBe(200);
    expect(result).toMatchObject({ runtime: 'Cloudflare-Workers', nodeGlobals: false });
    expectFlowCompleted(result);
  }, 60_000);
});
