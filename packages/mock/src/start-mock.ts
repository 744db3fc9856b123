import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { MockStartError } from './mock-start-error.js';
import { bundledSpecPath } from './spec-path.js';

export interface MockOptions {
  /** Port to listen on; 0 lets the OS pick a free one, which `url` then names. @default 0 */
  port?: number;
  /** Interface to listen on (`0.0.0.0` to accept other machines). @default '127.0.0.1' */
  host?: string;
  /** Generate responses from the schemas instead of returning the documented examples. @default false */
  dynamic?: boolean;
  /**
   * Prism's errors mode: a response that breaks the spec (an example that does not match its own schema) becomes
   * a 500 instead of a logged violation, so a wrong spec fails loudly. Invalid requests get the 400 validation problem the spec declares.
   * @default true
   */
  errors?: boolean;
  /** Path of the OpenAPI document to serve. @default the Dolfin spec bundled with this package */
  spec?: string;
  /** Log every request and Prism's decisions. @default false */
  verbose?: boolean;
}

export interface RunningMock {
  /** Base URL to give the clients, e.g. `http://127.0.0.1:43117`; the port is the one actually bound. */
  readonly url: string;
  /** Stops listening; resolves once open requests have ended. Calling it again returns the same promise. */
  stop(): Promise<void>;
}

/**
 * Starts a Prism mock of the Dolfin API in this process and resolves once it is listening.
 * @throws {MockStartError} when an option is invalid, the spec cannot be read or the port cannot be bound.
 * @example
 * const mock = await startMock();
 * const dolfin = createServerClient({ apiKey: 'any', baseUrl: mock.url });
 * // …
 * await mock.stop();
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { port = 0, host = '127.0.0.1', dynamic = false, errors = true, verbose = false } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new MockStartError('invalid-option', `port must be a whole number from 0 to 65535, got ${port}`);
  }
  if (typeof host !== 'string' || host.trim() === '') {
    throw new MockStartError('invalid-option', 'host must be a non-empty interface name or address');
  }
  const spec = options.spec ?? bundledSpecPath();
  const server = createServer(await readOperations(spec), {
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
    components: { logger: createLogger('dolfin-mock', { level: verbose ? 'info' : 'silent' }) },
  });
  const boundPort = await listen(server, port, host);
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${boundPort}`,
    stop: () => {
      stopping ??= server.close();
      return stopping;
    },
  };
}

async function readOperations(spec: string) {
  try {
    return await getHttpOperationsFromSpec(spec);
  } catch (cause) {
    throw new MockStartError(
      'spec-unreadable',
      `Cannot read the OpenAPI document ${spec}: ${messageOf(cause)}`,
      {
        cause,
      },
    );
  }
}

/** Listens and returns the bound port; Prism rejects with the bare message of Node's listen error. */
async function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  let address: string;
  try {
    address = await server.listen(port, host);
  } catch (cause) {
    const detail = messageOf(cause);
    if (detail.includes('EADDRINUSE')) {
      throw new MockStartError(
        'address-in-use',
        `Port ${port} on ${host} is already in use; stop whatever holds it or use port 0 for a free one`,
        { cause },
      );
    }
    throw new MockStartError('listen-failed', `Cannot listen on ${host}:${port}: ${detail}`, { cause });
  }
  return Number(/:(\d+)$/.exec(address)?.[1]);
}

/** The host as a client should dial it: wildcards become loopback, IPv6 addresses get brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
