#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startMock } from './start-mock.js';

const usage = `Usage: dolfin-mock [options]

Serves a mock of the Dolfin API (Prism, from the bundled OpenAPI document) until stopped.

Options:
  -p, --port <n>     port to listen on (default: 4010; 0 picks a free one)
  -h, --host <host>  interface to listen on (default: 127.0.0.1)
  -d, --dynamic      generate responses from the schemas instead of the documented examples
      --no-errors    do not fail on responses that break the spec (errors mode is on by default)
      --spec <file>  serve another OpenAPI document
  -v, --verbose      log every request
      --help         show this help`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.DOLFIN_MOCK_PORT ?? '4010' },
    host: { type: 'string', short: 'h', default: '127.0.0.1' },
    dynamic: { type: 'boolean', short: 'd', default: false },
    'no-errors': { type: 'boolean', default: false },
    spec: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`dolfin-mock: --port must be a whole number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

const mock = await startMock({
  port,
  host: values.host,
  dynamic: values.dynamic,
  errors: !values['no-errors'],
  verbose: values.verbose,
  ...(values.spec ? { spec: values.spec } : {}),
});
console.log(`Dolfin mock listening on ${mock.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void mock.stop().then(() => process.exit(0));
  });
}
