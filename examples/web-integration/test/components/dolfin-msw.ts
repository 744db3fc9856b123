// The Dolfin API for component tests, in-process with msw: `@dolfinai/mock/msw` answers every operation with the
// named example Prism serves (one story in both mocks), checks credentials and refuses requests that break the
// spec; this file adds what the app's tests assert on: the requests it sent, per-test answers, the examples.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHandlers } from '@dolfinai/mock/msw';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { parse } from 'yaml';
import { operationsOf, resolveRef } from '../../../../scripts/openapi-document.mjs';

// Read here rather than through the contract suite's reader, which imports @dolfinai/mock and with it Prism, whose
// stack-trace hook fetches source maps with XMLHttpRequest as soon as it sees a DOM; the walk is the shared one.
const specPath = createRequire(import.meta.url).resolve('@dolfinai/mock/spec/dolfin.yaml');
type Json = Record<string, unknown>;
const spec = parse(readFileSync(specPath, 'utf8')) as Json;

/** Follows `#/…` references (the bundle has no others) until a non-reference node. */
const resolve = <T>(node: unknown): T => resolveRef<T>(spec, node);

interface MediaType {
  examples?: Record<string, unknown>;
}
interface Operation {
  method: string;
  path: string;
  operationId: string;
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

function specOperations(): Operation[] {
  return operationsOf(spec).map(({ method, path, operation }) => ({
    method,
    path,
    operationId: String(operation.operationId),
    responses: Object.fromEntries(
      Object.entries(operation.responses as Json).map(([status, response]) => [
        status,
        resolve<Operation['responses'][string]>(response),
      ]),
    ),
  }));
}

/** The one documented 2xx status and its first media type. */
function successOf(operation: Operation): { status: number; content: [string, MediaType] | undefined } {
  const status = Object.keys(operation.responses).find((each) => /^2\d\d$/.test(each)) ?? '200';
  return { status: Number(status), content: Object.entries(operation.responses[status]?.content ?? {})[0] };
}

/** The value of a media type's first named example: the one Prism answers with. */
function firstExample(media: MediaType, where: string): unknown {
  const [named] = Object.values(media.examples ?? {});
  const first = named === undefined ? undefined : resolve<{ value?: unknown }>(named);
  if (!first || !('value' in first)) throw new Error(`${where}: no named example`);
  return first.value;
}

/** Where the component tests' app thinks Dolfin is; msw answers it, nothing leaves the process. */
export const dolfinBaseUrl = 'http://127.0.0.1:9';

const operations = specOperations()
  // Literal segments win over parameters: /invoices/search before /invoices/{id}.
  .sort((left, right) => left.path.split('{').length - right.path.split('{').length);

function urlOf(operation: Operation): string {
  return `${dolfinBaseUrl}${operation.path.replace(/\{([^}]+)\}/g, ':$1')}`;
}

function find(method: string, path: string): Operation {
  const operation = operations.find((each) => each.method === method.toLowerCase() && each.path === path);
  if (!operation) throw new Error(`The spec has no ${method} ${path}`);
  return operation;
}

/** The body of the example the spec documents for `method path` answering `status` (the success by default). */
export function dolfinExample<Body = unknown>(method: string, path: string, status?: number): Body {
  const operation = find(method, path);
  const declared = String(status ?? successOf(operation).status);
  const media = Object.values(operation.responses[declared]?.content ?? {})[0];
  if (!media) throw new Error(`${method} ${path} documents no ${declared} body`);
  return firstExample(media, `${method} ${path} ${declared}`) as Body;
}

/** One request the app sent, as a component test asserts on it. */
export interface SentRequest {
  method: string;
  /** The concrete path, e.g. `/invoices/f6789012-…`. */
  path: string;
  query: Record<string, string>;
  organisationId: string | null;
  /** Whether a credential header was present (never its value). */
  authorised: boolean;
  body: unknown;
}

/**
 * Starts the msw mock for the tests of one file (before them, reset after each, closed after all). `requests` holds
 * what the app sent during the current test; `answer(method, path, respond)` overrides one operation for it, and
 * `fail(method, path, status)` makes it answer the spec's documented example for that status.
 */
export function setUpDolfinMock() {
  const server = setupServer(...createHandlers({ baseUrl: dolfinBaseUrl }));
  const requests: SentRequest[] = [];
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    requests.push({
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      organisationId: request.headers.get('x-dolfin-organisation-id'),
      authorised: request.headers.has('authorization'),
      body: text ? JSON.parse(text) : undefined,
    });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());

  return {
    requests,
    answer(method: string, path: string, respond: (request: Request) => Response | Promise<Response>) {
      const operation = find(method, path);
      server.use(http[operation.method as 'get'](urlOf(operation), ({ request }) => respond(request)));
    },
    fail(method: string, path: string, status: number) {
      const body = dolfinExample<object>(method, path, status);
      this.answer(method, path, () =>
        HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json' } }),
      );
    },
  };
}
