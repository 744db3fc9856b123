import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { bundledSpecPath } from './spec-path.js';

export interface MockOptions {
  /** Port to listen on. @default 0 (a free port chosen by the OS) */
  port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** Generate responses from the schemas instead of returning the documented examples. @default false */
  dynamic?: boolean;
  /**
   * Fail loudly (500) when an example or response breaks its own schema, and reject invalid requests.
   * @default true
   */
  errors?: boolean;
  /** The OpenAPI document to serve. @default the Dolfin spec bundled with this package */
  spec?: string;
  /** Log every request and Prism's decisions to stderr. @default false */
  verbose?: boolean;
}

export interface RunningMock {
  /** Base URL to give the clients, e.g. `http://127.0.0.1:43117`. */
  readonly url: string;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

/** Starts a Prism mock of the Dolfin API in this process and resolves once it is listening. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { port = 0, host = '127.0.0.1', dynamic = false, errors = true, verbose = false } = options;
  const logger = createLogger('dolfin-mock', { level: verbose ? 'info' : 'silent' });
  const operations = await getHttpOperationsFromSpec(options.spec ?? bundledSpecPath());
  const server = createServer(operations, {
    cors: true,
    config: {
      isProxy: false,
      upstreamProxy: undefined,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors,
      mock: { dynamic },
    },
    components: { logger },
  });
  const url = await server.listen(port, host);
  return { url, stop: () => server.close() };
}
