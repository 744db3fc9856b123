// `pnpm --filter @dolfinai/example-web-integration start`: the platform's backend and the invoicing app against
// the embedded Prism mock, or against the real API when DOLFIN_API_KEY and DOLFIN_BASE_URL are both set.
import { fileURLToPath } from 'node:url';
import { startMock } from '@dolfinai/mock';
import { startWebIntegration } from './web-integration.js';

const { DOLFIN_API_KEY, DOLFIN_BASE_URL, DOLFIN_ORGANISATION_ID, BACKEND_PORT, APP_PORT } = process.env;
if (Boolean(DOLFIN_API_KEY) !== Boolean(DOLFIN_BASE_URL)) {
  console.error(
    'Set both DOLFIN_API_KEY and DOLFIN_BASE_URL to use the real API, or neither to use the mock.',
  );
  process.exit(2);
}

const mock = DOLFIN_BASE_URL ? undefined : await startMock();
const dolfinBaseUrl = DOLFIN_BASE_URL ?? mock?.url ?? '';
console.log(mock ? `Dolfin mock (Prism) at ${dolfinBaseUrl}` : `Dolfin API at ${dolfinBaseUrl}`);

const running = await startWebIntegration({
  // The mock checks that a key is present, not its value: this is the docs' example key.
  apiKey: DOLFIN_API_KEY ?? 'dol_live_abc123',
  dolfinBaseUrl,
  appRoot: fileURLToPath(new URL('../app', import.meta.url)),
  organisationId: DOLFIN_ORGANISATION_ID,
  mockExamples: mock !== undefined,
  backendPort: Number(BACKEND_PORT ?? 3000),
  appPort: Number(APP_PORT ?? 5173),
}).catch(async (error: unknown) => {
  await mock?.stop();
  throw error;
});

console.log(`Invoicing app at ${running.appUrl}`);
console.log(`\nOpen ${running.backendUrl} and click "Open Invoicing". Ctrl-C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([running.close(), mock?.stop()]).then(() => process.exit(0));
  });
}
