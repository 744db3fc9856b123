import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (scripts/ensure-chromium.sh installs it); never a browser downloaded by Playwright. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with the flags this sandbox needs (no background traffic to hosts it cannot reach). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
