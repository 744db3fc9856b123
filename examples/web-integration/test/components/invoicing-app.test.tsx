// @vitest-environment jsdom
import type { Invoice, InvoicePage, Session } from '@dolfinai/browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { InvoicingApp } from '../../app/invoicing-app.js';
import { problemMessages } from '../../app/problems.js';
import { dolfinBaseUrl, dolfinExample, setUpDolfinMock } from './dolfin-msw.js';

const mock = setUpDolfinMock();
const session = dolfinExample<Session>('POST', '/auth/exchange');
const acme = session.organisations[0]?.organisationId ?? '';
const invoicePage = dolfinExample<InvoicePage>('GET', '/invoices');

function renderApp(withSession: Session = session) {
  const userLine = document.createElement('span');
  document.body.append(userLine);
  const view = render(<InvoicingApp session={withSession} baseUrl={dolfinBaseUrl} userLine={userLine} />);
  return { ...view, userLine };
}

/** The invoice numbers the list shows, in order. */
function shownNumbers(): string[] {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body as HTMLElement)
    .getAllByRole('row')
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('the invoicing app, against the msw mock of the spec', () => {
  it("shows the organisation's invoices and the signed-in user, with no switcher for one organisation", async () => {
    const { userLine } = renderApp({ ...session, organisations: session.organisations.slice(0, 1) });
    await screen.findByRole('cell', { name: 'INV-0001' });
    expect(shownNumbers()).toEqual(['INV-0001', 'INV-0002']);
    await waitFor(() => expect(userLine.textContent).toContain('Alice Johnson'));
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    const listCalls = mock.requests.filter(({ path }) => path === '/invoices');
    expect(listCalls).toEqual([
      expect.objectContaining({ organisationId: acme, authorised: true, query: {} }),
    ]);
  });

  it('loads the next page with "Load more" until a page has no cursor', async () => {
    const [first, second] = invoicePage.data as [Invoice, Invoice];
    mock.answer('GET', '/invoices', (request) => {
      const cursor = new URL(request.url).searchParams.get('Cursor');
      return HttpResponse.json(
        cursor === 'page-2'
          ? { data: [second], meta: { cursors: { next: null } } }
          : { data: [first], meta: { cursors: { next: 'page-2' } } },
      );
    });
    renderApp();
    await screen.findByRole('cell', { name: 'INV-0001' });
    expect(shownNumbers()).toEqual(['INV-0001']);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('cell', { name: 'INV-0002' });
    expect(shownNumbers()).toEqual(['INV-0001', 'INV-0002']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(mock.requests.filter(({ path }) => path === '/invoices').map(({ query }) => query)).toEqual([
      {},
      { Cursor: 'page-2' },
    ]);
  });

  it("opens an invoice's detail", async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'INV-0001' }));
    const detail = await screen.findByRole('complementary', { name: 'Invoice INV-0001' });
    expect(detail.textContent).toContain('Riverside Construction Ltd');
    expect(mock.requests.some(({ path }) => path === `/invoices/${invoicePage.data[0]?.id}`)).toBe(true);
  });

  it('creates a draft invoice once, then refreshes the list', async () => {
    renderApp();
    await screen.findByRole('cell', { name: 'INV-0001' });
    fireEvent.click(screen.getByRole('button', { name: 'New draft invoice' }));
    const form = await screen.findByRole('form', { name: 'New draft invoice' });
    await waitFor(() =>
      expect(within(form).getByRole('button', { name: 'Create draft' })).toHaveProperty('disabled', false),
    );
    fireEvent.change(within(form).getByRole('textbox', { name: 'Memo' }), {
      target: { value: 'Leak at 3 Mill Lane' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Create draft' }));

    await screen.findByText('Draft INV-0001 created.');
    const posts = mock.requests.filter(({ method }) => method === 'POST');
    expect(posts).toEqual([
      expect.objectContaining({
        path: '/invoices',
        organisationId: acme,
        body: {
          customerId: invoicePage.data[0]?.customerId,
          currency: 'GBP',
          memo: 'Leak at 3 Mill Lane',
          lineItems: [{ productId: 'd4567890-abcd-ef01-2345-6789abcdef01', quantity: 1 }],
        },
      }),
    ]);
    // The list was fetched again after the write.
    expect(mock.requests.filter(({ method, path }) => method === 'GET' && path === '/invoices')).toHaveLength(
      2,
    );
  });

  it("switches organisation and shows only that organisation's invoices", async () => {
    const riverside = {
      organisationId: 'b1c2d3e4-0000-4000-8000-000000000002',
      organisationName: 'Riverside Group',
    };
    const twoOrganisations = { ...session, organisations: [...session.organisations, riverside] };
    const [first, second] = invoicePage.data as [Invoice, Invoice];
    mock.answer('GET', '/invoices', (request) =>
      HttpResponse.json({
        data: [
          request.headers.get('x-dolfin-organisation-id') === acme
            ? first
            : { ...second, organisationId: riverside.organisationId },
        ],
        meta: { cursors: { next: null } },
      }),
    );
    const { userLine } = renderApp(twoOrganisations);
    await screen.findByRole('cell', { name: 'INV-0001' });
    await waitFor(() => expect(userLine.textContent).toContain('Acme Plumbing Ltd'));

    fireEvent.change(screen.getByRole('combobox', { name: 'Organisation' }), {
      target: { value: riverside.organisationId },
    });
    // Never the other organisation's invoices, not even while Riverside's load.
    expect(screen.queryByRole('cell', { name: 'INV-0001' })).toBeNull();
    await screen.findByRole('cell', { name: 'INV-0002' });
    expect(shownNumbers()).toEqual(['INV-0002']);
    await waitFor(() => expect(userLine.textContent).toContain('Riverside Group'));
    expect(
      mock.requests.filter(({ path }) => path === '/invoices').map(({ organisationId }) => organisationId),
    ).toEqual([acme, riverside.organisationId]);

    // Back to Acme: its invoices come from the cache, with no request.
    fireEvent.change(screen.getByRole('combobox', { name: 'Organisation' }), { target: { value: acme } });
    expect(shownNumbers()).toEqual(['INV-0001']);
    expect(mock.requests.filter(({ path }) => path === '/invoices')).toHaveLength(2);
  });

  it('says the session has expired when the API answers 401', async () => {
    mock.fail('GET', '/invoices', 401);
    const { userLine } = renderApp();
    const heading = await screen.findByRole('heading', { name: problemMessages.expired.title });
    expect(heading.closest('[data-problem]')?.getAttribute('data-problem')).toBe('expired');
    expect(userLine.textContent).toBe('');
  });
});
