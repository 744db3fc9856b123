#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { MockStartError } from './mock-start-error.js';

const usage = `Usage: dolfin-mock [options]

Serves a mock of the Dolfin API (Prism, from the bundled OpenAPI document) until stopped.

Options:
  -p, --port <n>     port to listen on (default: $DOLFIN_MOCK_PORT or 4010; 0 picks a free one)
  -h, --host <host>  interface to listen on (default: 127.0.0.1)
  -d, --dynamic      generate responses from the schemas instead of the documented examples
      --no-errors    log responses that break the spec instead of answering 500 (errors mode is on by default)
      --spec <file>  serve another OpenAPI document
  -v, --verbose      log every request
      --help         show this help`;

function fail(message: string, exitCode: number): never {
  console.error(`dolfin-mock: ${message}`);
  process.exit(exitCode);
}

function readArguments() {
  try {
    return parseArgs({
      allowNegative: true,
      options: {
        port: { type: 'string', short: 'p', default: process.env.DOLFIN_MOCK_PORT ?? '4010' },
        host: { type: 'string', short: 'h', default: '127.0.0.1' },
        dynamic: { type: 'boolean', short: 'd', default: false },
        errors: { type: 'boolean', default: true },
        spec: { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
}

const values = readArguments();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!/^\d+$/.test(values.port)) {
  fail(`--port must be a whole number from 0 to 65535, got "${values.port}"`, 2);
}

// Loaded only now: Prism takes a second to import, which --help and a mistyped option should not wait for.
const { startMock } = await import('./start-mock.js');
const mock = await startMock({
  port: Number(values.port),
  host: values.host,
  dynamic: values.dynamic,
  errors: values.errors,
  verbose: values.verbose,
  ...(values.spec ? { spec: values.spec } : {}),
}).catch((error: unknown) => {
  if (error instanceof MockStartError) fail(error.message, error.reason === 'invalid-option' ? 2 : 1);
  throw error;
});
// Scripts that start the CLI wait for this line and read the URL from it.
console.log(`Dolfin mock listening on ${mock.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void mock.stop().then(() => process.exit(0));
  });
}
