import { createBrowserClient } from '@dolfinai/browser';

export const acme = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
export const riverside = 'b1c2d3e4-0000-4000-8000-000000000002';

/** A session token the mock would hand out (not a JWT: the client only reads `exp` when there is one). */
export const token = 'test-session-token';

/** What the fake API answers a request with; it sees each attempt the transport makes. */
export type Answer = (request: Request) => Response | Promise<Response>;

/** A fetch that answers with `answer` and records every request, for the clients under test. */
export function fakeApi(answer: Answer) {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return answer(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** A browser client of the fake API, with millisecond backoff so that retries cost no real time. */
export function browserClient(fetch: typeof globalThis.fetch, organisationId?: string) {
  return createBrowserClient({
    token,
    baseUrl: 'http://127.0.0.1:9',
    fetch,
    backoff: { initialDelay: 1, maxDelay: 2 },
    ...(organisationId ? { organisationId } : {}),
  });
}

/** Invoices of the organisation the request names, so a test can tell whose data it was shown. */
export function invoicesOf(request: Request) {
  const organisation = request.headers.get('x-dolfin-organisation-id');
  return Response.json({
    data: [{ id: `invoice-of-${organisation}`, organisationId: organisation }],
    meta: { cursors: { next: null } },
  });
}

export function problem(status: number, title: string) {
  return Response.json(
    { type: 'about:blank', title, status, detail: `${title} (test)` },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}
