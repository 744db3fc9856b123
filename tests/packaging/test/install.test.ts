import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { packPublished } from '../../../scripts/published-packages.mjs';
import { mockListeningUrl } from '../../../test/mock-listening-url.js';

const run = promisify(execFile);
const consumerFixtures = fileURLToPath(new URL('../consumer/', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
/**
 * What a user's project installs from the registry besides our packages, at pinned versions that run on Node 20:
 * Node's types for the node16 check, msw for @dolfinai/mock/msw. Add a consumer's other libraries here.
 */
const fromRegistry = {
  '@types/node': '20.19.43',
  msw: '2.15.0',
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@types/react': '19.3.3',
  '@types/react-dom': '19.3.0',
  '@tanstack/react-query': '5.108.4',
};
/** npm in a clean environment: none of the npm_config_* settings pnpm passes to the scripts it runs. */
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_)/i.test(key)),
) as NodeJS.ProcessEnv;

describe('the packed packages, installed with npm into a fresh project outside the workspace', () => {
  let project = '';
  let tarballs: Record<string, string> = {};

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'dolfin-consumer-'));
    tarballs = packPublished(project);
    await cp(consumerFixtures, project, { recursive: true });
    const dependencies = Object.fromEntries(
      Object.entries(tarballs).map(([name, tarball]) => [name, `file:./${basename(tarball)}`]),
    );
    const manifest = { name: 'dolfin-consumer', private: true, dependencies, devDependencies: fromRegistry };
    await writeFile(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: project,
      env: npmEnv,
      timeout: 240_000,
    });
  }, 300_000);

  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('installs our packages from the tarballs, and Prism at the versions the mock pins', async () => {
    const lock = JSON.parse(await readFile(join(project, 'package-lock.json'), 'utf8'));
    const installed = Object.entries(lock.packages as Record<string, { version: string; resolved?: string }>);
    for (const name of Object.keys(tarballs)) {
      // One copy of each, from our tarball: npm never fetched an @dolfinai package from the registry.
      const copies = installed.filter(([path]) => path.endsWith(`node_modules/${name}`));
      expect(copies.map(([path, entry]) => [path, entry.resolved])).toEqual([
        [`node_modules/${name}`, `file:${basename(tarballs[name] ?? '')}`],
      ]);
    }
    const mockManifest = JSON.parse(
      await readFile(join(project, 'node_modules/@dolfinai/mock/package.json'), 'utf8'),
    );
    const prism = installed.filter(([path]) => /node_modules\/@stoplight\/prism-[a-z-]+$/.test(path));
    expect(prism.length).toBeGreaterThanOrEqual(3);
    for (const [path, { version }] of prism) {
      const name = path.slice(path.lastIndexOf('@stoplight/'));
      // 5.15+ needs Node 24 and 5.16 adds install telemetry: only the exact pins may be installed.
      expect({ [name]: version }).toEqual({ [name]: mockManifest.dependencies[name] });
    }
  });

  it('runs an ESM script against the installed mock', async () => {
    const { stdout } = await run(process.execPath, ['esm.mjs'], { cwd: project, timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual({
      industry: 'Plumbing & HVAC',
      organisationId: '9a658587-fe02-402e-b1ac-bfaf53274ef8',
    });
  });

  it('runs a CommonJS script against the installed mock, typed errors included', async () => {
    const { stdout } = await run(process.execPath, ['cjs.cjs'], { cwd: project, timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual({
      userId: 'a1111111-1111-1111-1111-111111111111',
      invoiceNumbers: expect.arrayContaining(['INV-0001']),
      conflict: 409,
    });
  });

  it('type-checks and runs a component-test script on the msw handlers with the browser client (ESM)', async () => {
    // Component tests compile with the DOM library, as in jsdom or happy-dom; tsc also emits the script it checked.
    await run(process.execPath, [tsc, '--project', 'tsconfig.msw.json'], { cwd: project, timeout: 60_000 });
    const { stdout } = await run(process.execPath, ['out/msw.mjs'], { cwd: project, timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual({
      invoiceNumbers: expect.arrayContaining(['INV-0001']),
      invalid: { status: 400, fields: ['currency', 'lineItems'] },
      override: 404,
      recorded: [
        ['listInvoices', ['bearer']],
        ['createInvoice', ['bearer']],
        ['getInvoice', ['bearer']],
      ],
    });
  });

  it('type-checks and runs a React component on @dolfinai/query against the msw handlers', async () => {
    // Bundler resolution, as a React app compiles; the emitted ESM runs in Node as .mjs.
    await run(process.execPath, [tsc, '--project', 'tsconfig.query.json'], { cwd: project, timeout: 60_000 });
    await cp(join(project, 'out/query.js'), join(project, 'out/query.mjs'));
    const { stdout } = await run(process.execPath, ['out/query.mjs'], { cwd: project, timeout: 30_000 });
    const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
    expect(JSON.parse(stdout)).toEqual({
      html: '<ul><li>INV-0001</li><li>INV-0002</li></ul>',
      keys: [['dolfin', organisationId, 'GET', '/invoices', {}]],
      sent: [['listInvoices', organisationId, ['bearer']]],
    });
  });

  it('requires the msw handlers from CommonJS, with msw installed from the registry at its pin', async () => {
    const msw = JSON.parse(await readFile(join(project, 'node_modules/msw/package.json'), 'utf8'));
    expect(msw.version).toBe(fromRegistry.msw);
    const { stdout } = await run(process.execPath, ['msw.cjs'], { cwd: project, timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual({ status: 200, industry: 'Plumbing & HVAC' });
  });

  it.each(['tsconfig.node16.json', 'tsconfig.bundler.json'])(
    'type-checks typed calls with %s',
    async (config) => {
      await expect(
        run(process.execPath, [tsc, '--project', config], { cwd: project, timeout: 60_000 }),
      ).resolves.toMatchObject({ stdout: '' });
    },
  );

  it('serves the API with the dolfin-mock CLI on a free port', async () => {
    const cli = spawn(join(project, 'node_modules/.bin/dolfin-mock'), ['--port', '0'], { cwd: project });
    // Also when the test times out waiting for the CLI.
    onTestFinished(() => {
      cli.kill('SIGKILL');
    });
    try {
      const url = await mockListeningUrl(cli, 45_000);
      const response = await fetch(`${url}/industries`, {
        headers: { 'x-dolfin-api-key': 'dol_live_abc123' },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toContainEqual(expect.objectContaining({ name: 'Plumbing & HVAC' }));
    } finally {
      cli.kill('SIGTERM');
    }
  });
}, 60_000);
