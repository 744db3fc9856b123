// One operation called the way its documented examples say, through the client its security names, and the check
// that the documented success came back: shared by the contract suite (against Prism) and the msw handlers' test.
import { createBrowserClient, createPublicClient } from '@dolfinai/browser';
import { parseServerSentEvents } from '@dolfinai/core';
import { createServerClient } from '@dolfinai/server';
import { expect } from 'vitest';
import { requestFromExamples } from './request-from-examples.js';
import { type Caller, firstExample, type Operation, successOf } from './spec-operations.js';
import { collect } from './sse-sample.js';

const apiKey = 'dol_live_abc123';
const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhMTExMTExMS0xMTExIn0.c2lnbmF0dXJl';

/** What a call of any operation needs of a client: openapi-fetch's untyped `request`, any method and path. */
interface AnyOperationClient {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** The client `caller` names, for `baseUrl`, sending through `fetch` when one is given. */
export function clientFor(
  caller: Caller,
  { baseUrl, fetch }: { baseUrl: string; fetch?: typeof globalThis.fetch },
): AnyOperationClient {
  const client =
    caller === 'server'
      ? createServerClient({ apiKey, baseUrl, fetch })
      : caller === 'browser'
        ? createBrowserClient({ token, baseUrl, fetch })
        : createPublicClient({ baseUrl, fetch });
  return client as unknown as AnyOperationClient;
}

/** Calls `operation` with its examples' parameters and body, reading the body as its success is documented. */
export function callWithExamples(client: AnyOperationClient, operation: Operation) {
  const request = requestFromExamples(operation);
  const [mediaType] = successOf(operation).content ?? [];
  return client.request(operation.method, operation.path, {
    params: request.params,
    ...(request.body === undefined ? {} : { body: request.body }),
    parseAs: parseAsFor(mediaType),
  });
}

/** The documented success status came back, with no error: what every other check of a call starts from. */
export function expectDocumentedStatus(
  operation: Operation,
  { error, response }: { error?: unknown; response: Response },
): void {
  const success = successOf(operation);
  expect({ status: response.status, error }, nameOf(operation)).toEqual({
    status: success.status,
    error: undefined,
  });
}

/** The documented body came back: its media type, and its first named example (an event stream event by event). */
export async function expectDocumentedBody(
  operation: Operation,
  { data, response }: { data?: unknown; response: Response },
): Promise<void> {
  const success = successOf(operation);
  const [mediaType, media] = success.content ?? [];
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
}

function parseAsFor(mediaType: string | undefined): 'json' | 'stream' | 'text' {
  if (mediaType === undefined || mediaType.includes('json')) return 'json';
  return mediaType === 'text/event-stream' ? 'stream' : 'text';
}

function nameOf(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path} (${operation.operationId})`;
}
