// Every operation of the bundled spec, called through the public client its security names, against the shared
// Prism mock (errors mode): the documented success status and the documented example body come back. Driven by
// the spec, so an operation added to it is exercised without editing this file.
import { createBrowserClient, createPublicClient } from '@dolfinai/browser';
import { parseServerSentEvents } from '@dolfinai/core';
import { createServerClient } from '@dolfinai/server';
import { describe, expect, inject, it } from 'vitest';
import { recordingFetch } from '../../../test/recording-fetch.js';
import { requestFromExamples } from './request-from-examples.js';
import {
  type Caller,
  callersOf,
  firstExample,
  type Operation,
  specOperations,
  successOf,
} from './spec-operations.js';
import { collect } from './sse-sample.js';

const baseUrl = inject('dolfinMockUrl');
const apiKey = 'dol_live_abc123';
const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhMTExMTExMS0xMTExIn0.c2lnbmF0dXJl';

/** What the contract suite needs of a client: openapi-fetch's untyped `request`, any method and path. */
interface AnyOperationClient {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

function clientFor(caller: Caller, fetch: typeof globalThis.fetch): AnyOperationClient {
  const client =
    caller === 'server'
      ? createServerClient({ apiKey, baseUrl, fetch })
      : caller === 'browser'
        ? createBrowserClient({ token, baseUrl, fetch })
        : createPublicClient({ baseUrl, fetch });
  return client as unknown as AnyOperationClient;
}

const credentialHeaders: Record<Caller, { apiKey: boolean; authorization: boolean }> = {
  server: { apiKey: true, authorization: false },
  browser: { apiKey: false, authorization: true },
  public: { apiKey: false, authorization: false },
};

const operations = specOperations();
const cases = operations.flatMap((operation) =>
  callersOf(operation).map((caller) => ({ operationId: operation.operationId, caller, operation })),
);

describe('contract: every operation against the mock', () => {
  it('finds a client for every operation of the spec', () => {
    expect(new Set(cases.map((testCase) => testCase.operationId)).size).toBe(operations.length);
  });

  it.each(cases)('$operationId through the $caller client', async ({ operation, caller }) => {
    const { fetch, requests } = recordingFetch();
    const request = requestFromExamples(operation);
    const success = successOf(operation);
    const [mediaType, media] = success.content ?? [];
    const { data, error, response } = await clientFor(caller, fetch).request(
      operation.method,
      operation.path,
      {
        params: request.params,
        ...(request.body === undefined ? {} : { body: request.body }),
        parseAs: parseAsFor(mediaType),
      },
    );

    expect({ status: response.status, error }, nameOf(operation)).toEqual({
      status: success.status,
      error: undefined,
    });
    expect(sentCredentials(requests)).toEqual(credentialHeaders[caller]);
    if (mediaType === undefined || media === undefined) {
      expect(data).toBeUndefined();
      return;
    }
    expect(response.headers.get('content-type')).toContain(mediaType);
    const example = firstExample(media, `${operation.operationId} ${success.status}`);
    if (mediaType === 'text/event-stream') {
      // An event stream is compared event by event: its exact whitespace is not part of the contract.
      const documented = await collect(
        parseServerSentEvents(new Response(String(example)).body as ReadableStream),
      );
      expect(documented.length).toBeGreaterThan(0);
      expect(await collect(parseServerSentEvents(data as ReadableStream<Uint8Array>))).toEqual(documented);
    } else {
      expect(data).toEqual(example);
    }
  });
});

function parseAsFor(mediaType: string | undefined): 'json' | 'stream' | 'text' {
  if (mediaType === undefined || mediaType.includes('json')) return 'json';
  return mediaType === 'text/event-stream' ? 'stream' : 'text';
}

function nameOf(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path} (${operation.operationId})`;
}

function sentCredentials(requests: Request[]): { apiKey: boolean; authorization: boolean } {
  expect(requests).toHaveLength(1);
  const headers = (requests[0] as Request).headers;
  return { apiKey: headers.has('x-dolfin-api-key'), authorization: headers.has('authorization') };
}
