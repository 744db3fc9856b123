import type { OrganisationBoundPaths } from '@dolfinai/browser';
import type { DolfinQuery } from '@dolfinai/query';
import { useQuery } from '@tanstack/react-query';
import { date, money } from './format.js';

/** One invoice, fetched by id (`GET /invoices/{id}`), beside the list. */
export function InvoiceDetail(props: {
  dolfin: DolfinQuery<OrganisationBoundPaths>;
  id: string;
  onClose: () => void;
}) {
  const invoice = useQuery(
    props.dolfin.queryOptions('/invoices/{id}', { params: { path: { id: props.id } } }),
  );
  const close = (
    <button type="button" onClick={props.onClose}>
      Close
    </button>
  );
  if (invoice.status === 'pending') return <aside className="detail">Loading the invoice…</aside>;
  if (invoice.status === 'error') {
    return (
      <aside className="detail" aria-label="Invoice">
        <p>This invoice could not be loaded ({invoice.error.name}).</p>
        {close}
      </aside>
    );
  }
  const { data } = invoice;
  const title = `Invoice ${data.documentNumber ?? data.id}`;
  return (
    <aside className="detail" aria-label={title}>
      <h2>{title}</h2>
      <dl>
        <dt>Customer</dt>
        <dd>{data.customer?.name ?? data.customerId}</dd>
        <dt>Status</dt>
        <dd>{data.status}</dd>
        <dt>Issued</dt>
        <dd>{date(data.issueDate)}</dd>
        <dt>Due</dt>
        <dd>{date(data.dueDate)}</dd>
        <dt>Memo</dt>
        <dd>{data.memo}</dd>
        <dt>Total</dt>
        <dd>{money(data.totalAmount, data.currency)}</dd>
        <dt>Outstanding</dt>
        <dd>{money(data.outstanding, data.currency)}</dd>
      </dl>
      {close}
    </aside>
  );
}
