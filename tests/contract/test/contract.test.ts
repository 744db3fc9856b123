// Every operation of the bundled spec, called through the public client its security names, against the shared
// Prism mock (errors mode): the documented success status and the documented example body come back. Driven by
// the spec, so an operation added to it is exercised without editing this file.
import { describe, expect, inject, it } from 'vitest';
import { recordingFetch } from '../../../test/recording-fetch.js';
import {
  callWithExamples,
  clientFor,
  expectDocumentedBody,
  expectDocumentedStatus,
} from './operation-call.js';
import { type Caller, callersOf, specOperations } from './spec-operations.js';

const baseUrl = inject('dolfinMockUrl');

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
    const result = await callWithExamples(clientFor(caller, { baseUrl, fetch }), operation);
    expectDocumentedStatus(operation, result);
    expect(sentCredentials(requests)).toEqual(credentialHeaders[caller]);
    await expectDocumentedBody(operation, result);
  });
});

function sentCredentials(requests: Request[]): { apiKey: boolean; authorization: boolean } {
  expect(requests).toHaveLength(1);
  const headers = (requests[0] as Request).headers;
  return { apiKey: headers.has('x-dolfin-api-key'), authorization: headers.has('authorization') };
}
