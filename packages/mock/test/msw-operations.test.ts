// Every operation of the bundled spec, called through the public client its security names, against the msw
// handlers: the documented success status and the first named example come back, as from Prism. Driven by the
// spec through the contract suite's readers, so an operation added to it is exercised without editing this file.
import { createHandlers } from '@dolfinai/mock/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callWithExamples,
  clientFor,
  expectDocumentedBody,
  expectDocumentedStatus,
} from '../../../tests/contract/test/operation-call.js';
import { callersOf, specOperations } from '../../../tests/contract/test/spec-operations.js';

const baseUrl = 'https://api.dolfinai.co';
const server = setupServer(...createHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const operations = specOperations();
const cases = operations.flatMap((operation) =>
  callersOf(operation).map((caller) => ({ operationId: operation.operationId, caller, operation })),
);

describe('msw handlers: every operation answers its first named example', () => {
  it('has a handler for every operation of the spec', () => {
    expect(createHandlers()).toHaveLength(operations.length);
  });

  it.each(cases)('$operationId through the $caller client', async ({ operation, caller }) => {
    const result = await callWithExamples(clientFor(caller, { baseUrl }), operation);
    expectDocumentedStatus(operation, result);
    await expectDocumentedBody(operation, result);
  });
});
