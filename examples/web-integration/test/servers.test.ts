import { fileURLToPath } from 'node:url';
import { createServerClient } from '@dolfinai/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordingFetch } from '../../../test/recording-fetch.js';
import { startAppHost } from '../server/app-host.js';
import { startBackend } from '../server/backend.js';
import type { RunningServer } from '../server/listen.js';
import { acmePlumbing } from '../server/provision.js';
import { forcingFetch } from './forcing-fetch.js';
import { apiKey } from './stack.js';

const mockUrl = inject('dolfinMockUrl');
const appUrl = 'http://127.0.0.1:5173';
const alice = {
  userId: 'a1111111-1111-1111-1111-111111111111',
  email: 'alice@acmeplumbing.co.uk',
  name: 'Alice',
};

/** The backend with Alice as its only user, calling the mock through `fetch`, logging into `lines`. */
function startBackendFor(fetch: typeof globalThis.fetch, lines: string[]): Promise<RunningServer> {
  return startBackend({
    dolfin: createServerClient({ apiKey, baseUrl: mockUrl, fetch }),
    organisation: { id: '9a658587-fe02-402e-b1ac-bfaf53274ef8', name: acmePlumbing.name },
    members: [alice],
    appUrl,
    log: (line) => lines.push(line),
  });
}

describe('the platform backend', () => {
  const recorder = recordingFetch();
  const lines: string[] = [];
  let backend: RunningServer;

  beforeAll(async () => {
    backend = await startBackendFor(recorder.fetch, lines);
  });
  afterAll(() => backend.close());

  it('redirects to the app with a fresh code, never the API key, and caches nothing', async () => {
    const response = await fetch(`${backend.url}/open-invoicing/${alice.userId}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(appUrl);
    expect([...location.searchParams.keys()]).toEqual(['code']);
    expect(location.href).not.toContain(apiKey);
    const [mint] = recorder.requests.splice(0);
    expect(mint?.headers.get('x-dolfin-api-key')).toBe(apiKey);
    expect(await mint?.json()).toEqual({ userId: alice.userId });
    expect(lines.join('\n')).not.toContain(location.searchParams.get('code'));
  });

  it('mints no code for a user who is not on the platform', async () => {
    const response = await fetch(`${backend.url}/open-invoicing/b2222222-2222-2222-2222-222222222222`);
    expect(response.status).toBe(404);
    expect(recorder.requests.splice(0)).toEqual([]);
  });

  it('shows an error page and logs the failure, without the key, when minting is refused', async () => {
    const refusing = forcingFetch(401, (request) => request.url.endsWith('/auth/codes'));
    const failures: string[] = [];
    const refused = await startBackendFor(refusing.fetch, failures);
    try {
      const response = await fetch(`${refused.url}/open-invoicing/${alice.userId}`, { redirect: 'manual' });
      expect(response.status).toBe(502);
      expect(await response.text()).toContain('Invoicing is unavailable right now');
      expect(failures).toEqual([
        expect.stringMatching(/^GET \/open-invoicing\/\S+ failed: AuthenticationError/),
      ]);
      expect(failures.join('\n')).not.toContain(apiKey);
    } finally {
      await refused.close();
    }
  });

  it('answers only GET and HEAD', async () => {
    const response = await fetch(`${backend.url}/open-invoicing/${alice.userId}`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(recorder.requests.splice(0)).toEqual([]);
  });
});

describe('the app host', () => {
  let host: RunningServer;

  beforeAll(async () => {
    host = await startAppHost({
      root: fileURLToPath(new URL('../app', import.meta.url)),
      dolfinBaseUrl: mockUrl,
    });
  });
  afterAll(() => host.close());

  it('serves the app with its config, and lets the page connect only to itself and the API', async () => {
    const page = await fetch(`${host.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<main id="main"');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${mockUrl};`);
    await expect((await fetch(`${host.url}/config.json`)).json()).resolves.toEqual({
      dolfinBaseUrl: mockUrl,
    });
  });

  it('serves nothing outside its folder', async () => {
    for (const path of [
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/..%5cpackage.json',
      '/missing.js',
      '/%00',
    ]) {
      expect((await fetch(`${host.url}${path}`)).status, path).toBe(404);
    }
  });
});
