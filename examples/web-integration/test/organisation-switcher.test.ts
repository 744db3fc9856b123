import type { Session } from '@dolfinai/browser';
import { describe, expect, it } from 'vitest';
import { openInvoicingAs } from './app-page.js';
import { useBrowserAndStack } from './browser.js';
import { dolfinExample } from './components/dolfin-msw.js';
import { recordRequests } from './request-log.js';

// The mock answers every exchange with the spec's session example, in which Alice belongs to two organisations
// (one organisation shows no switcher: the component tests cover that).
const { organisations } = dolfinExample<Session>('POST', '/auth/exchange');

describe('the organisation switcher, in Chromium against the mock', { timeout: 30_000 }, () => {
  const started = useBrowserAndStack();

  it("switches organisation and asks for that organisation's invoices", async () => {
    const [, second] = organisations as [Session['organisations'][number], Session['organisations'][number]];
    const page = await started.newPage();
    await openInvoicingAs(page, started.stack.backendUrl, 'Alice Johnson');
    await page.getByRole('cell', { name: 'INV-0001' }).waitFor();
    const log = await recordRequests(page);
    const loaded = page.waitForResponse((response) => new URL(response.url()).pathname === '/invoices');
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption(second.organisationId);
    await loaded;
    await expect(page.locator('#signed-in-user').textContent()).resolves.toContain(second.organisationName);
    const lists = (await log.sent()).filter(({ url }) => url.pathname === '/invoices');
    expect(lists.map(({ headers }) => headers['x-dolfin-organisation-id'])).toEqual([second.organisationId]);
  });
});
