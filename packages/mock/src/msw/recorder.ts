// What the app sent, so a component test can assert on it: never a credential's value.
import type { HttpMethod } from './spec-data.js';

/** A request the handlers (or an override made with `createHttp`) answered. */
export interface RecordedRequest {
  /** The spec's operationId: `createInvoice`. */
  operationId: string;
  /** Upper case: `POST`. */
  method: Uppercase<HttpMethod>;
  /** The path template: `/invoices/{id}`. */
  path: string;
  /** The path parameters, decoded: `{ id: 'f6789012-…' }`. */
  params: Record<string, string>;
  /** The query string; a parameter sent more than once is an array. */
  query: Record<string, string | string[]>;
  /** The parsed JSON body, the form fields (files as `{ file, type, size }`), the text, or undefined. */
  body: unknown;
  /** The organisation the request was sent for (`x-dolfin-organisation-id`), if any. */
  organisationId: string | undefined;
  /** Which credentials were sent (present, never their values): `['bearer']`, `['api-key']` or `[]`. */
  credentials: Array<'api-key' | 'bearer'>;
}

export interface RequestRecorder {
  /** Every recorded request, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** The recorded requests of one operation, by operationId or `METHOD /path/template`. */
  of(operation: string): RecordedRequest[];
  /** Forgets every recorded request (call it in `afterEach`). */
  clear(): void;
  /** @internal Used by the handlers. */
  record(request: RecordedRequest): void;
}

/**
 * A recorder to pass to `createHandlers({ recorder })` (and `createHttp({ recorder })` for overrides).
 * @example
 * const recorder = createRecorder();
 * const server = setupServer(...createHandlers({ recorder }));
 * // … render, click "Create invoice" …
 * expect(recorder.of('createInvoice')).toMatchObject([{ body: { customerId } }]);
 */
export function createRecorder(): RequestRecorder {
  const requests: RecordedRequest[] = [];
  return {
    get requests() {
      return requests;
    },
    of: (operation) =>
      requests.filter(
        (request) => request.operationId === operation || `${request.method} ${request.path}` === operation,
      ),
    clear: () => {
      requests.length = 0;
    },
    record: (request) => {
      requests.push(request);
    },
  };
}

export function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}
