import type { DolfinError, Invoice, InvoicePage, OrganisationBoundPaths } from '@dolfinai/browser';
import type { DolfinQuery } from '@dolfinai/query';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { date, money } from './format.js';

/**
 * The organisation's invoices, a page (the API's default size) per request: one options object for the list and
 * the form that reads it.
 */
export function invoiceListOptions(dolfin: DolfinQuery<OrganisationBoundPaths>) {
  return dolfin.infiniteQueryOptions('/invoices');
}

/** The invoice list (`useInfiniteQuery(invoiceListOptions(dolfin))`) a page at a time, "Load more" while there are more. */
export function InvoiceList(props: {
  list: UseInfiniteQueryResult<InfiniteData<InvoicePage, unknown>, DolfinError>;
  onOpen: (invoice: Invoice) => void;
}) {
  const { list } = props;
  if (list.status === 'pending') return <p>Loading invoices…</p>;
  // Errors are shown for the whole page by the app (a 401 means the session ended).
  if (list.status === 'error') return null;
  const invoices = list.data.pages.flatMap((page) => page.data);
  if (invoices.length === 0) return <p>No invoices yet.</p>;
  return (
    <>
      <table>
        <thead>
          <tr>
            <th>Number</th>
            <th>Details</th>
            <th>Status</th>
            <th>Issued</th>
            <th>Due</th>
            <th className="amount">Total</th>
            <th className="amount">Outstanding</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td>
                <button type="button" className="link" onClick={() => props.onOpen(invoice)}>
                  {invoice.documentNumber ?? invoice.id}
                </button>
              </td>
              <td>{[invoice.customer?.name, invoice.memo].filter(Boolean).join(' · ')}</td>
              <td>{invoice.status ?? ''}</td>
              <td>{date(invoice.issueDate)}</td>
              <td>{date(invoice.dueDate)}</td>
              <td className="amount">{money(invoice.totalAmount, invoice.currency)}</td>
              <td className="amount">{money(invoice.outstanding, invoice.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
