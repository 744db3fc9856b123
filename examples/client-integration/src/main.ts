// `pnpm start`: runs the client-integration flow against the embedded Prism mock, or against the real API when
// DOLFIN_API_KEY and DOLFIN_BASE_URL are both set.
import { startMock } from '@dolfinai/mock';
import { runIntegrationFlow } from './flow.js';

const log = (line: string) => console.log(line);
const { DOLFIN_API_KEY: apiKey, DOLFIN_BASE_URL: realBaseUrl } = process.env;
if (Boolean(apiKey) !== Boolean(realBaseUrl)) {
  console.error(
    'Set both DOLFIN_API_KEY and DOLFIN_BASE_URL to use the real API, or neither to use the mock.',
  );
  process.exit(2);
}

if (apiKey && realBaseUrl) {
  console.log(`Running the client-integration flow against ${realBaseUrl}\n`);
  await runIntegrationFlow({ apiKey, baseUrl: realBaseUrl, log });
} else {
  const mock = await startMock();
  console.log(`Running the client-integration flow against the Dolfin mock at ${mock.url}\n`);
  try {
    await runIntegrationFlow({ apiKey: 'dol_live_abc123', baseUrl: mock.url, log, pickMockExamples: true });
  } finally {
    await mock.stop();
  }
}
console.log('\nDone.');
