import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectProblem, forceMockStatus, openInvoicingAs } from './app-page.js';
import { saveScreenshot, useBrowserAndStack } from './browser.js';
import { recordRequests } from './request-log.js';

// The browser's clock is set around the expiry of the mock's token, so none of this depends on today's date.
describe('what the app says as the session ends', { timeout: 30_000 }, () => {
  const started = useBrowserAndStack();
  const minute = 60 * 1000;
  const expiresAt = () => started.stack.tokenExpiresAt.getTime();

  async function signInAsAlice(page: Page) {
    await openInvoicingAs(page, started.stack.backendUrl, 'Alice Johnson');
    await page.getByRole('cell', { name: 'INV-0001' }).waitFor();
  }

  it('warns that the session ends soon when the token is about to expire', async () => {
    const page = await started.newPage(new Date(expiresAt() - 2 * minute));
    await signInAsAlice(page);
    const time = started.stack.tokenExpiresAt.toLocaleTimeString('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    await expect(page.getByRole('status').textContent()).resolves.toContain(`Your session ends at ${time}.`);
    await saveScreenshot(page, 'web-integration-session-ending');
  });

  it('says the session has expired once the token is past its expiry, without calling the API', async () => {
    const page = await started.newPage();
    await signInAsAlice(page);
    const log = await recordRequests(page);
    await page.clock.setFixedTime(new Date(expiresAt() + minute));
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expectProblem(page, 'expired');
    const mockOrigin = new URL(started.stack.mockUrl).origin;
    expect((await log.sent()).filter(({ url }) => url.origin === mockOrigin)).toEqual([]);
  });

  it("trusts the API, not the device's clock, when a fresh token already looks expired", async () => {
    // The browser's clock is a day past the token's exp when the token is issued.
    const page = await started.newPage(new Date(expiresAt() + 24 * 60 * minute));
    await signInAsAlice(page);
    await expect(page.getByRole('status').count()).resolves.toBe(0);
  });

  it('says the session has expired when the API answers 401', async () => {
    const page = await started.newPage();
    await signInAsAlice(page);
    await forceMockStatus(page, started.stack.mockUrl, '/invoices', 401);
    const unauthorized = page.waitForResponse((response) => response.url().endsWith('/invoices'));
    await page.getByRole('button', { name: 'Refresh' }).click();
    expect((await unauthorized).status()).toBe(401);
    await expectProblem(page, 'expired');
  });
});
