import type { Session } from '@dolfinai/browser';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserAndStack } from './browser.js';
import { recordRequests } from './request-log.js';
import { loadRequirements } from './spec-requirements.js';
import { apiKey } from './stack.js';

describe('Open Invoicing, from the platform page to the invoices in the app', { timeout: 30_000 }, () => {
  const started = useBrowserAndStack();

  it("signs Alice in and shows her organisation's invoices, with the API key never in the browser", async () => {
    const { stack } = started;
    const origins = new Set(
      [stack.backendUrl, stack.appUrl, stack.mockUrl].map((url) => new URL(url).origin),
    );
    expect(origins.size).toBe(3);

    const page = await started.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    const log = await recordRequests(page);

    await page.goto(stack.backendUrl);
    expect(await page.content()).not.toContain(apiKey);
    await page
      .locator('li', { hasText: 'Alice Johnson' })
      .getByRole('link', { name: 'Open Invoicing' })
      .click();
    await page.getByRole('cell', { name: 'INV-0001' }).waitFor();

    // Landed in the app, on its own origin, with the code gone from the address bar.
    expect(new URL(page.url()).origin).toBe(new URL(stack.appUrl).origin);
    expect(new URL(page.url()).searchParams.has('code')).toBe(false);
    await expect(page.locator('#signed-in-user').textContent()).resolves.toContain('Alice Johnson');
    const numbers = await page.locator('tbody tr td:first-child').allTextContents();
    expect(numbers).toEqual(['INV-0001', 'INV-0002']);

    const sent = await log.sent();
    // The backend redirected to the app with the code; the code went to Dolfin once, in the exchange body.
    const redirect = sent.find(({ url }) => url.pathname.startsWith('/open-invoicing/'));
    const landing = await redirect?.request.response();
    expect(landing?.status()).toBe(302);
    const code = new URL((await landing?.headerValue('location')) ?? '').searchParams.get('code') ?? '';
    expect(code).not.toBe('');
    const exchange = sent.find(({ url }) => url.pathname === '/auth/exchange');
    if (!exchange) throw new Error('the app never exchanged the code');
    expect(JSON.parse(exchange.body ?? '{}')).toEqual({ code });
    const session: Session = await (await exchange.request.response())?.json();
    const organisationId = session.organisations[0]?.organisationId;
    expect(organisationId).toBe(stack.organisation.id);

    for (const request of sent) {
      // No request carries the API key, and only the landing and the exchange carry the code.
      const wire = `${request.url.href}\n${JSON.stringify(request.headers)}\n${request.body ?? ''}`;
      expect(request.headers).not.toHaveProperty('x-dolfin-api-key');
      expect(wire).not.toContain(apiKey);
      if (request.url.searchParams.get('code') !== code && request !== exchange) {
        expect(wire).not.toContain(code);
      }
    }

    const requirementOf = await loadRequirements();
    const mockOrigin = new URL(stack.mockUrl).origin;
    const apiCalls = sent
      .filter(({ url }) => url.origin === mockOrigin)
      .map((call) => ({ ...call, requirement: requirementOf(call.method, call.url.pathname) }));
    const operations = apiCalls.map(({ requirement }) => requirement?.operation);
    expect(operations.sort()).toEqual(['GET /invoices', 'GET /me', 'POST /auth/exchange']);
    for (const { headers, requirement } of apiCalls) {
      const label = requirement?.operation;
      if (requirement?.isPublic) {
        expect(headers, label).not.toHaveProperty('authorization');
      } else {
        expect(requirement?.acceptsBearer, `${label} must accept a bearer token`).toBe(true);
        expect(headers.authorization, label).toBe(`Bearer ${session.token}`);
      }
      if (requirement?.needsOrganisation) {
        expect(headers['x-dolfin-organisation-id'], label).toBe(organisationId);
      }
    }
    expect(problems).toEqual([]);

    await saveScreenshot(page, 'web-integration');
  });

  it('keeps the API key and the code out of the backend log', () => {
    const { stack } = started;
    expect(stack.logs.join('\n')).toContain('Minted an auth code for Alice Johnson');
    expect(stack.logs.join('\n')).not.toContain(apiKey);
    expect(stack.logs.join('\n')).not.toMatch(/ac_\w+/);
  });
});
