import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { expectFlowCompleted } from './flow-result.js';

const run = promisify(execFile);
const flowScript = fileURLToPath(new URL('../scripts/integration-flow.mjs', import.meta.url));
const require = createRequire(import.meta.url);
/** Where an npm package of this project is installed (the runtimes come as npm packages: node, bun, deno;
 * Node 22 as `node22`, an alias of the npm package node@22, beside node@24 under its own name). */
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const runtimes = [
  { name: 'Node 20', expected: /^node 20\./, command: process.execPath, args: [] },
  { name: 'Node 22', expected: /^node 22\./, command: join(packageDir('node22'), 'bin', 'node'), args: [] },
  { name: 'Node 24', expected: /^node 24\./, command: join(packageDir('node'), 'bin', 'node'), args: [] },
  { name: 'Bun', expected: /^bun 1\./, command: join(packageDir('bun'), 'bin', 'bun.exe'), args: [] },
  {
    name: 'Deno',
    expected: /^deno 2\./,
    command: join(packageDir('deno'), 'deno'),
    // Network to the mock only; bare imports resolve through this package's node_modules.
    args: ['run', '--no-prompt', '--no-lock', '--allow-net=127.0.0.1'],
  },
];

// Keep the runtimes from phoning home (update checks, crash reports); they only talk to the mock.
const env = { ...process.env, DENO_NO_UPDATE_CHECK: '1', DO_NOT_TRACK: '1', NO_COLOR: '1' };

describe.each(runtimes)('the integration flow on $name', ({ expected, command, args }) => {
  it('lists industries, provisions, mints and exchanges a code, and lists invoices', async () => {
    const { stdout } = await run(command, [...args, flowScript, inject('dolfinMockUrl')], {
      env,
      timeout: 30_000,
    });
    const result = JSON.parse(stdout);
    expect(result.runtime).toMatch(expected);
    expectFlowCompleted(result);
  }, 60_000);
});
