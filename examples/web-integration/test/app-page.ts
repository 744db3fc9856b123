import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Problem, problemMessages } from '../app/problems.js';
import { saveScreenshot } from './browser.js';

/** Clicks "Open Invoicing" for `name` on the platform's page, as that user would. */
export async function openInvoicingAs(page: Page, backendUrl: string, name: string): Promise<void> {
  await page.goto(backendUrl);
  await page.locator('li', { hasText: name }).getByRole('link', { name: 'Open Invoicing' }).click();
}

/** Makes the mock answer `path` with its declared `status` response (`Prefer: code=…`): only tests do this. */
export async function forceMockStatus(
  page: Page,
  mockUrl: string,
  path: string,
  status: number,
): Promise<void> {
  await page.route(`${mockUrl}${path}`, (route) =>
    route.continue({ headers: { ...route.request().headers(), prefer: `code=${status}` } }),
  );
}

/** Waits for the app to show `problem`, checks what it says, and saves a screenshot of it. */
export async function expectProblem(page: Page, problem: Problem): Promise<void> {
  const shown = page.locator(`[data-problem="${problem}"]`);
  await shown.waitFor();
  await expect(shown.getByRole('heading').textContent()).resolves.toBe(problemMessages[problem].title);
  expect(new URL(page.url()).searchParams.has('code')).toBe(false);
  await expect(page.locator('#signed-in-user').textContent()).resolves.toBe('');
  await saveScreenshot(page, `web-integration-${problem}`);
}
