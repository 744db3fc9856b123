import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../../test/chromium.js';
import { type LoopbackServer, listenOnLoopback } from '../../../test/loopback-server.js';

const appDir = fileURLToPath(new URL('../browser-app/', import.meta.url));
const mockUrl = inject('dolfinMockUrl');

/** Serves the page and the app bundled from the built @dolfinai/browser (with openapi-fetch) on a free port. */
async function servePage(): Promise<LoopbackServer> {
  const [html, bundle] = await Promise.all([
    readFile(`${appDir}index.html`),
    build({
      entryPoints: [`${appDir}app.ts`],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
    }),
  ]);
  const files: Record<string, [string, Uint8Array]> = {
    '/': ['text/html', html],
    '/app.js': ['text/javascript', bundle.outputFiles[0]?.contents ?? new Uint8Array()],
  };
  return listenOnLoopback((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://page').pathname];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    response.end(file?.[1] ?? 'not found');
  });
}

describe('@dolfinai/browser in Chromium', () => {
  let browser: Browser | undefined;
  let page: LoopbackServer | undefined;

  beforeAll(async () => {
    page = await servePage();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await page?.close();
  });

  it('exchanges a code and lists invoices from a page on another origin', async () => {
    if (!page || !browser) throw new Error('beforeAll did not start the page server and Chromium');
    expect(new URL(mockUrl).origin).not.toBe(page.url);
    const tab = await browser.newPage();
    const apiRequests: Request[] = [];
    const pageErrors: string[] = [];
    tab.on('request', (request) => {
      if (request.url().startsWith(mockUrl)) apiRequests.push(request);
    });
    tab.on('pageerror', (error) => pageErrors.push(error.message));

    const query = new URLSearchParams({ api: mockUrl, code: 'ac_8f3b2c1d9e7a4f60b5d1' });
    await tab.goto(`${page.url}/?${query}`);
    const result = tab.locator('#result[data-status]');
    await result.waitFor({ timeout: 20_000 });

    expect(pageErrors).toEqual([]);
    expect(await result.getAttribute('data-status'), (await result.textContent()) ?? '').toBe('ok');
    expect(JSON.parse((await result.textContent()) ?? '')).toEqual({
      userId: 'a1111111-1111-1111-1111-111111111111',
      invoiceNumbers: expect.arrayContaining(['INV-0001']),
    });
    // Both calls left the page's origin for the mock's, as CORS requests carrying the page's Origin.
    expect(apiRequests.map((request) => `${request.method()} ${new URL(request.url()).pathname}`)).toEqual([
      'POST /auth/exchange',
      'GET /invoices',
    ]);
    const origins = await Promise.all(apiRequests.map((request) => request.headerValue('origin')));
    expect(origins).toEqual([page.url, page.url]);
    await tab.close();
  }, 60_000);
});
