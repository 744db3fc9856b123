import { describe, expect, it } from 'vitest';
import { expectProblem, forceMockStatus, openInvoicingAs } from './app-page.js';
import { useBrowserAndStack } from './browser.js';
import { recordRequests } from './request-log.js';

describe('what the app says when it cannot sign the user in', { timeout: 30_000 }, () => {
  const started = useBrowserAndStack();

  it('says a sign-in link is needed when the app is opened without a code, and calls no API', async () => {
    const page = await started.newPage();
    const log = await recordRequests(page);
    await page.goto(started.stack.appUrl);
    await expectProblem(page, 'missing-code');
    const mockOrigin = new URL(started.stack.mockUrl).origin;
    expect((await log.sent()).filter(({ url }) => url.origin === mockOrigin)).toEqual([]);
  });

  it('says the link was already used or is invalid when the exchange is refused (400)', async () => {
    const page = await started.newPage();
    await forceMockStatus(page, started.stack.mockUrl, '/auth/exchange', 400);
    await openInvoicingAs(page, started.stack.backendUrl, 'Alice Johnson');
    await expectProblem(page, 'invalid-code');
  });

  it('says Invoicing is unavailable when Dolfin cannot be reached', async () => {
    const page = await started.newPage();
    await page.route(`${started.stack.mockUrl}/auth/exchange`, (route) => route.abort('connectionrefused'));
    await openInvoicingAs(page, started.stack.backendUrl, 'Alice Johnson');
    await expectProblem(page, 'unavailable');
  });
});
