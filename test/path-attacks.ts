// Path parameter values that try to climb out of their route, and the check every client's tests run on them.
import { expect, it } from 'vitest';

const hostilePathValues = [
  '..',
  '.',
  '',
  '/',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '?',
  '#',
  '../..',
  '../../users',
  'a/../..',
  '..\\..',
  '?admin=1',
  '#fragment',
  '%2F..%2F',
];

/** A fetch that answers 200 `{}` to everything and keeps every request, with no network. */
export function answeringFetch() {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return Response.json({ data: [], meta: { cursors: {} } });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** `DolfinPathError` as the package under test exports it (root test/ cannot import our packages itself). */
type PathErrorClass = abstract new (...args: never[]) => Error;

/**
 * Asserts that calling `/organisations/{organisationId}/users` with `value` as the id either was refused with a
 * `pathError` before anything was sent, or reached that very route with `value` as one encoded segment.
 */
export async function expectRouteKept(
  value: string,
  call: Promise<unknown>,
  requests: Request[],
  pathError: PathErrorClass,
): Promise<void> {
  const sentBefore = requests.length;
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (outcome !== undefined) {
    expect(outcome, value).toBeInstanceOf(pathError);
    expect(outcome, value).toMatchObject({ parameter: 'organisationId' });
    expect(requests, value).toHaveLength(sentBefore);
    return;
  }
  const url = new URL(requests.at(-1)?.url ?? '');
  const [, first, id, last, ...rest] = url.pathname.split('/');
  expect({ first, last, rest, search: url.search, hash: url.hash }, value).toEqual({
    first: 'organisations',
    last: 'users',
    rest: [],
    search: '',
    hash: '',
  });
  expect(decodeURIComponent(id ?? ''), value).toBe(value);
}

/** What the path-safety cases call: any client's typed GET of the organisation users route. */
interface UsersRouteClient {
  GET(
    path: '/organisations/{organisationId}/users',
    init: { params: { path: { organisationId: string } } },
  ): Promise<unknown>;
}

/** One test per hostile value, for the client `create` makes with the given fetch. */
export function itKeepsEveryRoute(
  pathError: PathErrorClass,
  create: (fetch: typeof globalThis.fetch) => UsersRouteClient,
): void {
  it.each(hostilePathValues)('never lets the path parameter %j change the route', async (value) => {
    const { fetch, requests } = answeringFetch();
    const call = create(fetch).GET('/organisations/{organisationId}/users', {
      params: { path: { organisationId: value } },
    });
    await expectRouteKept(value, call, requests, pathError);
  });
}
