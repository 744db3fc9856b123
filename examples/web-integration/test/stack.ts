import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exchangeCode, readTokenExpiry } from '@dolfinai/browser';
import { inject } from 'vitest';
import { type RunningWebIntegration, startWebIntegration } from '../server/web-integration.js';

/** The docs' example key: the mock checks that a key is present, not its value. */
export const apiKey = 'dol_live_abc123';

const appRoot = fileURLToPath(new URL('../dist/app', import.meta.url));

export interface Stack extends RunningWebIntegration {
  mockUrl: string;
  /** What the backend logged. */
  logs: string[];
  /** When the session token the mock hands out expires (its `exp`), to set the browser's clock by. */
  tokenExpiresAt: Date;
}

/**
 * The backend and the built app on free ports against the run's shared mock. The test that starts it closes it.
 */
export async function startStack(): Promise<Stack> {
  if (!existsSync(`${appRoot}/index.html`)) {
    throw new Error(`${appRoot} is missing: build the example first (pnpm run build)`);
  }
  const mockUrl = inject('dolfinMockUrl');
  const tokenExpiresAt = await mockTokenExpiry(mockUrl);
  const logs: string[] = [];
  const running = await startWebIntegration({
    apiKey,
    dolfinBaseUrl: mockUrl,
    appRoot,
    mockExamples: true,
    log: (line) => logs.push(line),
  });
  return { ...running, mockUrl, logs, tokenExpiresAt };
}

// The mock always answers with the spec's example session, whose token has a fixed `exp`.
async function mockTokenExpiry(mockUrl: string): Promise<Date> {
  const { token } = await exchangeCode('any-code', { baseUrl: mockUrl });
  const expiry = readTokenExpiry(token);
  if (!expiry) throw new Error("the mock's session token has no exp claim");
  return expiry;
}
