import type { CallInit, DolfinClient, InitArgs } from './client-types.js';
import { DolfinError } from './errors.js';
import { unwrap } from './unwrap.js';

/** A list endpoint answered with something `paginate` cannot follow: a page without a `data` array, or a loop. */
export class DolfinPaginationError extends DolfinError {
  override name = 'DolfinPaginationError';
  constructor(
    /** The list's path, as passed to `paginate`. */
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON body of the 200 answer to `GET Path`. */
type ListBody<Paths, Path extends keyof Paths> = Paths[Path] extends {
  get: { responses: { 200: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

type ListQuery<Paths, Path extends keyof Paths> = Paths[Path] extends {
  get: { parameters: { query?: infer Query } };
}
  ? NonNullable<Query>
  : never;

type TakesCursor<Query> = [Query] extends [never] ? false : 'Cursor' extends keyof Query ? true : false;

/** The paths whose GET takes a `Cursor` and answers with a `{ data: [...] }` page. */
export type PaginatedPath<Paths> = {
  [Path in keyof Paths]: TakesCursor<ListQuery<Paths, Path>> extends true
    ? ListBody<Paths, Path> extends { data: readonly unknown[] }
      ? Path
      : never
    : never;
}[keyof Paths];

/** One page of `GET Path`, as the API sends it. */
export type PageOf<Paths, Path extends keyof Paths> = ListBody<Paths, Path>;

/** One item of a page of `GET Path`. */
export type ItemOf<Paths, Path extends keyof Paths> =
  ListBody<Paths, Path> extends { data: readonly (infer Item)[] } ? Item : never;

/**
 * Every item of a list endpoint with `for await`; `pages()` for whole pages. Each loop sends its own requests, from
 * the first page, or from the page of the `Cursor` given in `init`.
 */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  /** The pages themselves (with their `meta`), one request each. */
  pages(): AsyncGenerator<Page, void, undefined>;
}

/** The envelopes the API uses: `{ data, meta: { cursors: { next } } }`, and the older `{ data, nextCursor, hasMore }`. */
interface Envelope {
  data: readonly unknown[];
  meta?: { cursors?: { next?: string | null } };
  nextCursor?: string | null;
  hasMore?: boolean;
}

interface ListCall {
  params?: { query?: { Cursor?: string } & Record<string, unknown> } & Record<string, unknown>;
}

type ListClient = {
  GET(path: string, init: ListCall): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/**
 * Iterates every item of a list endpoint, following `meta.cursors.next` (or `nextCursor` while `hasMore`), one
 * request per page and one page in memory at a time. A non-2xx page throws the same typed error as `unwrap`.
 * `init` is the call's usual init (query, headers, signal, `maxRetries`…); a `Cursor` in it starts from that page.
 * @example
 * for await (const invoice of paginate(dolfin, '/invoices', { params: { query: { Limit: 100 } } })) {
 *   console.log(invoice.documentNumber);
 * }
 * for await (const page of paginate(dolfin, '/invoices').pages()) console.log(page.data.length);
 */
export function paginate<Paths, Path extends PaginatedPath<Paths> & keyof Paths>(
  client: DolfinClient<Paths>,
  path: Path,
  ...[init]: InitArgs<CallInit<Paths, Path, 'get' & keyof Paths[Path]>>
): Paginator<ItemOf<Paths, Path>, PageOf<Paths, Path>> {
  const pages = () =>
    fetchPages(
      client as unknown as ListClient,
      path as string,
      init as ListCall | undefined,
    ) as AsyncGenerator<PageOf<Paths, Path>, void, undefined>;
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* (page as Envelope).data as ItemOf<Paths, Path>[];
    },
  };
}

/** `page` when it is a page of a list (its `data` an array); else a DolfinPaginationError: `path` is not a list. */
export function listPageOf(page: unknown, path: string): Envelope {
  if (!Array.isArray((page as Envelope | undefined)?.data)) {
    throw new DolfinPaginationError(
      path,
      `GET ${path} answered with a page whose data is not an array; it is not a list`,
    );
  }
  return page as Envelope;
}

/** How many empty pages in a row, each naming a next page, are followed before giving up on the list. */
const MAX_EMPTY_RUN = 10;

async function* fetchPages(
  client: ListClient,
  path: string,
  init: ListCall | undefined,
): AsyncGenerator<Envelope, void, undefined> {
  let cursor = init?.params?.query?.Cursor;
  // Every cursor seen, so a server that leads back to any earlier page cannot make the loop endless.
  const seen = new Set<string | undefined>([cursor]);
  let emptyRun = 0;
  for (;;) {
    const query = { ...init?.params?.query, Cursor: cursor };
    const page = listPageOf(
      await unwrap(client.GET(path, { ...init, params: { ...init?.params, query } })),
      path,
    );
    yield page;
    const next = nextCursorOf(page, path);
    if (next === undefined) return;
    // An empty page may still lead on (a filter that matched nothing here); a server that only ever does is stopped.
    emptyRun = page.data.length === 0 ? emptyRun + 1 : 0;
    if (emptyRun > MAX_EMPTY_RUN) {
      throw new DolfinPaginationError(
        path,
        `GET ${path} answered ${emptyRun} empty pages in a row that each named a next page; stopping`,
      );
    }
    if (seen.has(next)) {
      throw new DolfinPaginationError(
        path,
        `GET ${path} returned a cursor it had already followed; stopping rather than looping`,
      );
    }
    seen.add(next);
    cursor = next;
  }
}

/**
 * The cursor of the page after `page`, or undefined when `page` is the last: `meta.cursors.next` in the current
 * envelope, `nextCursor` while `hasMore` in the older one; null or an empty string ends the list. A page that says
 * `hasMore` but names no cursor, or a cursor that is not a string, is a DolfinPaginationError: stopping there would
 * silently cut the list short. The one rule `paginate` and `@dolfinai/query`'s infinite queries follow.
 */
export function nextCursorOf(page: unknown, path: string): string | undefined {
  if (typeof page !== 'object' || page === null) return undefined;
  const { meta, hasMore, nextCursor } = page as Partial<Envelope>;
  const next: unknown = meta ? meta.cursors?.next : hasMore === false ? undefined : nextCursor;
  if (next !== undefined && next !== null && typeof next !== 'string') {
    throw new DolfinPaginationError(path, `GET ${path} answered with a next cursor that is not a string`);
  }
  // null or an empty string: this was the last page, unless the page says otherwise.
  if (!next && !meta && hasMore === true) {
    throw new DolfinPaginationError(
      path,
      `GET ${path} answered with a page that says hasMore but names no nextCursor; stopping rather than cutting the list short`,
    );
  }
  return next || undefined;
}
