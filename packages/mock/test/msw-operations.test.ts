// Every operation of the bundled spec, called through the public client its security names, against the msw
// handlers: the documented success status and the first named example come back, as from Prism. Driven by the
// spec through the contract suite's readers, so an operation added to it is exercised without editing this file.
import { createBrowserClient, createPublicClient } from '@dolfinai/browser';
import { createHandlers } from '@dolfinai/mock/msw';
import { createServerClient, parseServerSentEvents } from '@dolfinai/server';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFromExamples } from '../../../tests/contract/test/request-from-examples.js';
import {
  type Caller,
  callersOf,
  firstExample,
  specOperations,
  successOf,
} from '../../../tests/contract/test/spec-operations.js';
import { collect } from '../../../tests/contract/test/sse-sample.js';

const baseUrl = 'https://api.dolfinai.co';
const server = setupServer(...createHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** What the suite needs of a client: openapi-fetch's untyped `request`, any method and path. */
interface AnyOperationClient {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

function clientFor(caller: Caller): AnyOperationClient {
  const client =
    caller === 'server'
      ? createServerClient({ apiKey: 'dol_live_abc123', baseUrl })
      : caller === 'browser'
        ? createBrowserClient({ token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhMSJ9.c2ln', baseUrl })
        : createPublicClient({ baseUrl });
  return client as unknown as AnyOperationClient;
}

const operations = specOperations();
const cases = operations.flatMap((operation) =>
  callersOf(operation).map((caller) => ({ operationId: operation.operationId, caller, operation })),
);

describe('msw handlers: every operation answers its first named example', () => {
  it('has a handler for every operation of the spec', () => {
    expect(createHandlers()).toHaveLength(operations.length);
  });

  it.each(cases)('$operationId through the $caller client', async ({ operation, caller }) => {
    const request = requestFromExamples(operation);
    const success = successOf(operation);
    const [mediaType, media] = success.content ?? [];
    const parseAs =
      mediaType === undefined || mediaType.includes('json')
        ? 'json'
        : mediaType === 'text/event-stream'
          ? 'stream'
          : 'text';
    const { data, error, response } = await clientFor(caller).request(operation.method, operation.path, {
      params: request.params,
      ...(request.body === undefined ? {} : { body: request.body }),
      parseAs,
    });

    expect({ status: response.status, error }).toEqual({ status: success.status, error: undefined });
    if (mediaType === undefined || media === undefined) {
      expect(data).toBeUndefined();
      return;
    }
    expect(response.headers.get('content-type')).toContain(mediaType);
    const example = firstExample(media, `${operation.operationId} ${success.status}`);
    if (mediaType === 'text/event-stream') {
      const documented = await collect(
        parseServerSentEvents(new Response(String(example)).body as ReadableStream),
      );
      expect(await collect(parseServerSentEvents(data as ReadableStream<Uint8Array>))).toEqual(documented);
    } else {
      expect(data).toEqual(example);
    }
  });
});
