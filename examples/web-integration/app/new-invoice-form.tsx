import type { Invoice, OrganisationBoundPaths } from '@dolfinai/browser';
import type { DolfinQuery } from '@dolfinai/query';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Choice } from './choice.js';
import { invoiceListOptions } from './invoice-list.js';

/**
 * Creates a draft invoice (`POST /invoices`) for a customer already invoiced and one of the organisation's products;
 * the invoice list refetches once it is created.
 */
export function NewInvoiceForm(props: {
  dolfin: DolfinQuery<OrganisationBoundPaths>;
  onCreated: (invoice: Invoice) => void;
  onCancel: () => void;
}) {
  const products = useQuery(props.dolfin.queryOptions('/products'));
  const invoices = useInfiniteQuery(invoiceListOptions(props.dolfin));
  const create = useMutation(
    props.dolfin.mutationOptions('POST', '/invoices', { invalidates: ['/invoices'] }),
  );
  const customers = new Map<string, string>();
  for (const invoice of invoices.data?.pages.flatMap((page) => page.data) ?? []) {
    if (invoice.customerId) customers.set(invoice.customerId, invoice.customer?.name ?? invoice.customerId);
  }
  const [customerId, setCustomerId] = useState('');
  const [productId, setProductId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [memo, setMemo] = useState('');
  const productList = products.data?.data ?? [];
  const customer = customerId || customers.keys().next().value || '';
  const product = productList.find(({ id }) => id === productId) ?? productList[0];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!customer || !product) return;
    create.mutate(
      {
        body: {
          customerId: customer,
          currency: product.currency ?? 'GBP',
          memo: memo || null,
          lineItems: [{ productId: product.id, quantity: Number(quantity) }],
        },
      },
      { onSuccess: props.onCreated },
    );
  }

  return (
    <form className="new-invoice" aria-label="New draft invoice" onSubmit={submit}>
      <h2>New draft invoice</h2>
      <Choice label="Customer" value={customer} options={customers} onChange={setCustomerId} />
      <Choice
        label="Product"
        value={product?.id ?? ''}
        options={productList.map(({ id, name }) => [id, name])}
        onChange={setProductId}
      />
      <label>
        Quantity{' '}
        <input
          type="number"
          min="1"
          step="1"
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
        />
      </label>
      <label>
        Memo <input type="text" value={memo} onChange={(event) => setMemo(event.target.value)} />
      </label>
      {create.error && <p className="error">The invoice was not created: {create.error.message}</p>}
      <button type="submit" disabled={create.isPending || !customer || !product}>
        {create.isPending ? 'Creating…' : 'Create draft'}
      </button>{' '}
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
