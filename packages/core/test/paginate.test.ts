import { DolfinError, DolfinPaginationError, NotFoundError, nextCursorOf, paginate } from '@dolfinai/core';
import { createDolfinClient } from '@dolfinai/core/internal';
import type { AgentMessage, Invoice, InvoicePage, paths } from '@dolfinai/types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { rejectionOf } from '../../../test/fault-server.js';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';

type Envelope = 'meta' | 'nextCursor';

/** A fetch serving `total` numbered items in pages of `size`, in one envelope style; it logs what it serves. */
function pagedFetch(total: number, size: number, envelope: Envelope, log: string[] = []) {
  const fetch = async (input: Request | string | URL) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const start = Number(url.searchParams.get('Cursor') ?? 0);
    const limit = Number(url.searchParams.get('Limit') ?? size);
    const data = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => ({
      id: start + i,
    }));
    const next = start + limit < total ? String(start + limit) : null;
    log.push(`page ${start}`);
    const body =
      envelope === 'meta'
        ? { data, meta: { cursors: { current: String(start), next } } }
        : { data, nextCursor: next, hasMore: next !== null };
    return Response.json(body);
  };
  return fetch as typeof globalThis.fetch;
}

function boundClient(fetch: typeof globalThis.fetch) {
  return createDolfinClient({ baseUrl: 'http://127.0.0.1:9', organisationId, fetch });
}

describe('paginate', () => {
  it('yields every item across pages of the { data, meta.cursors } envelope', async () => {
    const ids: unknown[] = [];
    for await (const invoice of paginate(boundClient(pagedFetch(45, 10, 'meta')), '/invoices')) {
      expectTypeOf(invoice).toEqualTypeOf<Invoice>();
      ids.push(invoice.id);
    }
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => i));
  });

  it('follows nextCursor while hasMore in the older envelope', async () => {
    const client = boundClient(pagedFetch(7, 3, 'nextCursor'));
    const ids: unknown[] = [];
    const messages = paginate(client, '/agent/conversations/{id}/messages', {
      params: { path: { id: 'c1' } },
    });
    for await (const message of messages) {
      expectTypeOf(message).toEqualTypeOf<AgentMessage>();
      ids.push(message.id);
    }
    expect(ids).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('iterates pages, passes the query through, and starts from a given Cursor', async () => {
    const client = boundClient(pagedFetch(10, 10, 'meta'));
    const sizes: number[] = [];
    const pages = paginate(client, '/invoices', { params: { query: { Limit: 4, Cursor: '2' } } }).pages();
    for await (const page of pages) {
      expectTypeOf(page).toEqualTypeOf<InvoicePage>();
      sizes.push(page.data.length);
    }
    expect(sizes).toEqual([4, 4]);
  });

  it('holds one page at a time: the next page is fetched only when the last item was taken', async () => {
    const log: string[] = [];
    for await (const invoice of paginate(boundClient(pagedFetch(6, 2, 'meta', log)), '/invoices')) {
      log.push(`item ${invoice.id}`);
    }
    expect(log).toEqual([
      'page 0',
      'item 0',
      'item 1',
      'page 2',
      'item 2',
      'item 3',
      'page 4',
      'item 4',
      'item 5',
    ]);
  });

  it('stops after the first page when breaking out of the loop', async () => {
    const log: string[] = [];
    for await (const _ of paginate(boundClient(pagedFetch(100, 10, 'meta', log)), '/invoices')) break;
    expect(log).toEqual(['page 0']);
  });

  it('throws the typed error of a failed page', async () => {
    const failing = (async () =>
      Response.json({ title: 'Invoice.NotFound', status: 404 }, { status: 404 })) as typeof fetch;
    const error = await rejectionOf(paginate(boundClient(failing), '/invoices').pages().next());
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('refuses to loop when the API hands back the cursor it was called with', async () => {
    const stuck = (async () =>
      Response.json({ data: [], meta: { cursors: { next: 'same' } } })) as typeof fetch;
    const pages = paginate(boundClient(stuck), '/invoices', {
      params: { query: { Cursor: 'same' } },
    }).pages();
    await pages.next(); // the page itself is fine; its cursor is what gives the loop away
    const error = await rejectionOf(pages.next());
    expect(error).toBeInstanceOf(DolfinPaginationError);
    expect((error as Error).message).toMatch(/returned a cursor it had already followed/);
  });

  it('refuses to loop when the API leads back to any earlier page, not only the one just fetched', async () => {
    const cursors: Record<string, string> = { '': 'a', a: 'b', b: 'a' };
    const cycling = (async (request: Request) => {
      const next = cursors[new URL(request.url).searchParams.get('Cursor') ?? ''];
      return Response.json({ data: [{ id: 1 }], meta: { cursors: { next } } });
    }) as typeof fetch;
    const pages = paginate(boundClient(cycling), '/invoices').pages();
    for (let page = 0; page < 3; page++) await pages.next(); // '', 'a', 'b'; 'b' leads back to 'a'
    const error = await rejectionOf(pages.next());
    expect(error).toMatchObject({ name: 'DolfinPaginationError', path: '/invoices' });
  });

  it('throws a DolfinPaginationError for a page whose data is not an array', async () => {
    const notAList = (async () => Response.json({ data: { id: 1 }, meta: { cursors: {} } })) as typeof fetch;
    const error = await rejectionOf(paginate(boundClient(notAList), '/invoices').pages().next());
    expect(error).toBeInstanceOf(DolfinPaginationError);
    expect(error).toBeInstanceOf(DolfinError);
  });

  it('throws instead of stopping short when a page says hasMore but gives no cursor', async () => {
    const noCursor = (async () => Response.json({ data: [{ id: 1 }], hasMore: true })) as typeof fetch;
    const pages = paginate(boundClient(noCursor), '/agent/conversations/{id}/messages', {
      params: { path: { id: 'c1' } },
    }).pages();
    await pages.next();
    const error = await rejectionOf(pages.next());
    expect(error).toBeInstanceOf(DolfinPaginationError);
    expect((error as Error).message).toMatch(/hasMore/);
  });

  it('throws for a cursor that is not a string', async () => {
    const objectCursor = (async () =>
      Response.json({ data: [{ id: 1 }], meta: { cursors: { next: { page: 2 } } } })) as typeof fetch;
    const pages = paginate(boundClient(objectCursor), '/invoices').pages();
    await pages.next();
    expect(await rejectionOf(pages.next())).toBeInstanceOf(DolfinPaginationError);
  });

  it('follows empty pages that name a next cursor, but not endlessly', async () => {
    let served = 0;
    const emptyForever = (async () => {
      served++;
      return Response.json({ data: [], meta: { cursors: { next: `c${served}` } } });
    }) as typeof fetch;
    const items: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const item of paginate(boundClient(emptyForever), '/invoices')) items.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(DolfinPaginationError);
    expect(items).toEqual([]);
    expect(served).toBeLessThanOrEqual(11);
  });

  it('an empty page with a cursor, then items, yields the items', async () => {
    const pagesByCursor: Record<string, unknown> = {
      '': { data: [], meta: { cursors: { next: 'b' } } },
      b: { data: [{ id: 2 }], meta: { cursors: { next: null } } },
    };
    const fetch = (async (request: Request) =>
      Response.json(
        pagesByCursor[new URL(request.url).searchParams.get('Cursor') ?? ''],
      )) as typeof globalThis.fetch;
    const ids: unknown[] = [];
    for await (const invoice of paginate(boundClient(fetch), '/invoices')) ids.push(invoice.id);
    expect(ids).toEqual([2]);
  });

  it('asks for the organisation header on an unbound client and rejects paths that are not lists', () => {
    const unbound = createDolfinClient({ fetch: pagedFetch(1, 1, 'meta') });
    expectTypeOf(paginate<paths, '/invoices'>).toBeCallableWith(unbound, '/invoices', {
      params: { header: { 'x-dolfin-organisation-id': organisationId } },
    });
    // @ts-expect-error an unbound client must name the organisation
    expectTypeOf(paginate<paths, '/invoices'>).toBeCallableWith(unbound, '/invoices');
    // @ts-expect-error /industries answers an array, not a page
    expectTypeOf(paginate<paths, '/industries'>).toBeCallableWith(unbound, '/industries');
  });
});

describe('nextCursorOf', () => {
  it('reads the next cursor of either envelope, and ends the list on null, "" or hasMore: false', () => {
    expect(nextCursorOf({ data: [], meta: { cursors: { next: 'b' } } }, '/invoices')).toBe('b');
    expect(nextCursorOf({ data: [], meta: { cursors: { next: null } } }, '/invoices')).toBeUndefined();
    expect(nextCursorOf({ data: [], meta: { cursors: { next: '' } } }, '/invoices')).toBeUndefined();
    expect(nextCursorOf({ data: [], nextCursor: 'b', hasMore: true }, '/invoices')).toBe('b');
    expect(nextCursorOf({ data: [], nextCursor: 'b', hasMore: false }, '/invoices')).toBeUndefined();
    expect(nextCursorOf(undefined, '/invoices')).toBeUndefined();
  });

  it('refuses a page that says hasMore but names no cursor, and a cursor that is not a string', () => {
    expect(() => nextCursorOf({ data: [], nextCursor: null, hasMore: true }, '/invoices')).toThrow(
      DolfinPaginationError,
    );
    expect(() => nextCursorOf({ data: [], meta: { cursors: { next: 7 } } }, '/invoices')).toThrow(
      /not a string/,
    );
  });
});
