import { createServerClient } from '@dolfinai/server';
import { startAppHost } from './app-host.js';
import { startBackend } from './backend.js';
import { type Provisioned, provision } from './provision.js';

export interface WebIntegrationOptions {
  /** The platform's API key; used by the backend only. */
  apiKey: string;
  /** The Dolfin API origin, for the backend and the app alike. */
  dolfinBaseUrl: string;
  /** The built app to serve (`dist/app`). */
  appRoot: string;
  /** Reuse an organisation created on an earlier run. */
  organisationId?: string | undefined;
  /** Ask the Prism mock for each user's own example (only against the mock). @default false */
  mockExamples?: boolean;
  /** @default 0 (a free port) */
  backendPort?: number;
  /** @default 0 (a free port); another port than the backend's, so the app has an origin of its own */
  appPort?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** @default console.log */
  log?: (line: string) => void;
}

export interface RunningWebIntegration extends Provisioned {
  /** The platform's page with the "Open Invoicing" links. */
  backendUrl: string;
  /** The browser app, on an origin of its own. */
  appUrl: string;
  close(): Promise<void>;
}

/** Provisions the organisation and its users, then serves the platform's backend and the invoicing app. */
export async function startWebIntegration(options: WebIntegrationOptions): Promise<RunningWebIntegration> {
  const { host = '127.0.0.1', log = console.log } = options;
  const dolfin = createServerClient({ apiKey: options.apiKey, baseUrl: options.dolfinBaseUrl });
  const provisioned = await provision(dolfin, {
    organisationId: options.organisationId,
    mockExamples: options.mockExamples ?? false,
    log,
  });
  const app = await startAppHost({
    root: options.appRoot,
    dolfinBaseUrl: options.dolfinBaseUrl,
    port: options.appPort ?? 0,
    host,
  });
  const backend = await startBackend({
    ...provisioned,
    dolfin,
    appUrl: app.url,
    port: options.backendPort ?? 0,
    host,
    log,
  }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  return {
    ...provisioned,
    backendUrl: backend.url,
    appUrl: app.url,
    close: async () => {
      await Promise.all([backend.close(), app.close()]);
    },
  };
}
