import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../test/chromium.js';
import { type Stack, startStack } from './stack.js';

const artifacts = new URL('../test-artifacts/', import.meta.url);

const hour = 60 * 60 * 1000;

/**
 * Chromium and the stack (backend + app against the mock) for the tests of one file: started before them,
 * closed after. Read `stack` and call `newPage` inside the tests.
 */
export function useBrowserAndStack() {
  let browser: Browser | undefined;
  const started = {
    stack: undefined as unknown as Stack,
    /**
     * A page whose clock reads `at`: by default an hour before the mock's token expires, so that token is
     * valid whatever today's date.
     */
    async newPage(at = new Date(started.stack.tokenExpiresAt.getTime() - hour)): Promise<Page> {
      if (!browser) throw new Error('Chromium is not running');
      const page = await browser.newPage();
      await page.clock.setFixedTime(at);
      return page;
    },
  };
  beforeAll(async () => {
    // Keep whichever starts, so afterAll closes it even when the other fails.
    await Promise.all([
      launchChromium().then((launched) => {
        browser = launched;
      }),
      startStack().then((stack) => {
        started.stack = stack;
      }),
    ]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), started.stack?.close()]);
  });
  return started;
}

/** Saves what the page shows to test-artifacts/<name>.png (not committed), for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, artifacts)), fullPage: true });
}
