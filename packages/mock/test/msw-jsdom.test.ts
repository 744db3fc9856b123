// @vitest-environment jsdom
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The msw entry in a component test environment: a small DOM "component" on the browser client, rendered in
// jsdom, its data from the handlers and its writes checked with the recorder.
import { createBrowserClient, unwrap } from '@dolfinai/browser';
import { createHandlers, createHttp, createRecorder } from '@dolfinai/mock/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const customerId = 'c3456789-abcd-ef01-2345-6789abcdef01';
const recorder = createRecorder();
const http = createHttp({ recorder });
const server = setupServer(...createHandlers({ recorder }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  recorder.clear();
  document.body.replaceChildren();
});
afterAll(() => server.close());

/** Lists the organisation's invoices and creates a draft for a customer on click. */
async function renderInvoices(root: HTMLElement): Promise<void> {
  const dolfin = createBrowserClient({
    token: 'session-token',
    organisationId,
    baseUrl: 'https://api.dolfinai.co',
  });
  const list = document.createElement('ul');
  const create = document.createElement('button');
  create.textContent = 'New draft';
  const show = async () => {
    const page = await unwrap(dolfin.GET('/invoices'));
    list.replaceChildren(
      ...page.data.map((invoice) =>
        Object.assign(document.createElement('li'), { textContent: invoice.documentNumber }),
      ),
    );
  };
  create.addEventListener('click', async () => {
    await unwrap(
      dolfin.POST('/invoices', {
        body: {
          customerId,
          currency: 'GBP',
          lineItems: [{ productId: 'd4567890-abcd-ef01-2345-6789abcdef01', quantity: 1 }],
        },
      }),
    );
    await show();
    create.dispatchEvent(new Event('created'));
  });
  root.append(list, create);
  await show();
}

it('runs in jsdom: renders the example invoices and records the draft it creates', async () => {
  expect(typeof window).toBe('object');
  await renderInvoices(document.body);
  expect([...document.querySelectorAll('li')].map((item) => item.textContent)).toContain('INV-0001');

  const button = document.querySelector('button') as HTMLButtonElement;
  const created = new Promise((resolve) => button.addEventListener('created', resolve, { once: true }));
  button.click();
  await created;
  expect(recorder.of('createInvoice')).toMatchObject([
    { body: { customerId }, organisationId, credentials: ['bearer'] },
  ]);
});

it('shows an override in jsdom', async () => {
  server.use(
    http.get('/invoices', ({ response }) =>
      response(200).json({ data: [], meta: { cursors: { current: null, next: null, previous: null } } }),
    ),
  );
  await renderInvoices(document.body);
  expect(document.querySelectorAll('li')).toHaveLength(0);
});
