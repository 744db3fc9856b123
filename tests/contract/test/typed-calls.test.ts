// One representative operation of every tag, written as a user would: fully typed through the public clients,
// checked by `tsc` (pnpm run typecheck) and run against the mock.
import { createBrowserClient, createPublicClient, type Me } from '@dolfinai/browser';
import type {
  AgentConversationPage,
  ApprovalPolicy,
  BankDetailsValidationResult,
  Bill,
  BillBankPayment,
  Client,
  ClientMember,
  CreatedApiKey,
  CreditNote,
  Customer,
  DeliveryNote,
  GmailBackfillJob,
  Industry,
  Invoice,
  InvoiceReminder,
  MatchGroup,
  McpSession,
  Organisation,
  OrganisationUserPage,
  OutstandingPayables,
  ProductPage,
  PublicInvoice,
  PurchaseOrder,
  ReceivedSummary,
  RecurringInvoiceSchedule,
  Session,
  SpendCategory,
  Supplier,
  SupplierCreditNote,
  TaxRate,
  WebhookSubscription,
} from '@dolfinai/server';
import { createServerClient, unwrap } from '@dolfinai/server';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { specOperations } from './spec-operations.js';

const baseUrl = inject('dolfinMockUrl');
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const clientId = 'c1234567-abcd-ef01-2345-6789abcdef01';
const customerId = 'c3456789-abcd-ef01-2345-6789abcdef01';
const productId = 'd4567890-abcd-ef01-2345-6789abcdef01';
const taxRateId = 'e5678901-abcd-ef01-2345-6789abcdef01';
const invoiceId = 'f6789012-abcd-ef01-2345-6789abcdef01';
const supplierId = 'a7890123-abcd-ef01-2345-6789abcdef01';
const billId = 'b1234567-abcd-ef01-2345-6789abcdef01';

const dolfin = createServerClient({ apiKey: 'dol_live_abc123', organisationId, baseUrl });
const unscoped = createServerClient({ apiKey: 'dol_live_abc123', baseUrl });
const browser = createBrowserClient({ token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln', organisationId, baseUrl });
const anonymous = createPublicClient({ baseUrl });

const coveredTags = new Set<string>();
/** A test named for the tag it represents, so the last test can check that every tag has one. */
function forTag(tag: string, operation: string, call: () => Promise<void>) {
  coveredTags.add(tag);
  it(`${tag}: ${operation}`, call);
}

describe('a typed call of every tag', () => {
  forTag('Industries', 'listIndustries', async () => {
    const industries = await unwrap(unscoped.GET('/industries'));
    expectTypeOf(industries).toEqualTypeOf<Industry[]>();
    expect(industries[0]).toMatchObject({ name: 'Plumbing & HVAC', code: 'plumbing-hvac' });
  });

  forTag('Organisations', 'createOrganisation', async () => {
    const body = { name: 'Acme Plumbing Ltd', industryId: 'b2d4f6a8-1234-5678-9abc-def012345678' };
    const organisation = await unwrap(unscoped.POST('/organisations', { body }));
    expectTypeOf(organisation).toEqualTypeOf<Organisation>();
    expect(organisation).toMatchObject({ id: organisationId, clientId });
  });

  forTag('Users', 'listOrganisationUsers', async () => {
    const page = await unwrap(
      unscoped.GET('/organisations/{organisationId}/users', { params: { path: { organisationId } } }),
    );
    expectTypeOf(page).toEqualTypeOf<OrganisationUserPage>();
    expect(page.data.map((user) => user.email)).toContain('alice@acmeplumbing.co.uk');
  });

  forTag('Auth', 'getMe (bearer)', async () => {
    const me = await unwrap(browser.GET('/me'));
    expectTypeOf(me).toEqualTypeOf<Me>();
    expect(me.organisations[0]).toMatchObject({ id: organisationId, role: 'Member' });
  });

  forTag('Customers', 'createCustomer', async () => {
    const customer = await unwrap(
      dolfin.POST('/customers', {
        body: { name: 'Riverside Construction Ltd', email: 'accounts@riverside.co.uk', country: 'GB' },
      }),
    );
    expectTypeOf(customer).toEqualTypeOf<Customer>();
    expect(customer).toMatchObject({ id: customerId, organisationId });
  });

  forTag('Invoices', 'createInvoice', async () => {
    const invoice = await unwrap(
      dolfin.POST('/invoices', {
        body: { customerId, currency: 'GBP', lineItems: [{ productId, quantity: 1, taxRateId }] },
      }),
    );
    expectTypeOf(invoice).toEqualTypeOf<Invoice>();
    expect(invoice).toMatchObject({ id: invoiceId, documentNumber: 'INV-0001', totalAmount: 114 });
  });

  forTag('Payments', 'getPublicInvoice (no credential)', async () => {
    const view = await unwrap(anonymous.GET('/i/{token}', { params: { path: { token: 'pay_7Hq2x9' } } }));
    expectTypeOf(view).toEqualTypeOf<PublicInvoice>();
    expect(view).toMatchObject({ documentNumber: 'INV-0001', amountDue: 114 });
  });

  forTag('Clients', 'patchClient', async () => {
    const client = await unwrap(
      unscoped.PATCH('/clients/{clientId}', {
        params: { path: { clientId } },
        body: { arEmailsEnabled: true },
      }),
    );
    expectTypeOf(client).toEqualTypeOf<Client>();
    expect(client).toMatchObject({ id: clientId, name: 'Acme Platform' });
  });

  forTag('ClientInvites', 'acceptClientInvite (no credential)', async () => {
    const session = await unwrap(
      anonymous.POST('/client-invites/accept', {
        body: {
          token: 'cinv_Qm9iU21pdGhJbnZpdGU',
          accessToken: 'ya29.a0AfB_byC1d2E3f4G5h6',
          provider: 'Google',
        },
      }),
    );
    expectTypeOf(session).toEqualTypeOf<Session>();
    expect(session.clients?.[0]).toMatchObject({ clientId });
  });

  forTag('ApiKeys', 'createApiKey', async () => {
    const key = await unwrap(unscoped.POST('/api-keys', { body: { name: 'Production backend' } }));
    expectTypeOf(key).toEqualTypeOf<CreatedApiKey>();
    expect(key).toMatchObject({ clientId, keyPrefix: 'dol_live_abc' });
  });

  forTag('Webhooks', 'createWebhookSubscription', async () => {
    const body = { url: 'https://hooks.acmeplatform.io/dolfin', eventTypes: ['BillMatchResolved'] };
    const subscription = await unwrap(unscoped.POST('/webhook-subscriptions', { body }));
    expectTypeOf(subscription).toEqualTypeOf<WebhookSubscription>();
    expect(subscription).toMatchObject({ clientId, active: true, secret: expect.any(String) });
  });

  forTag('Members', 'listClientMembers', async () => {
    const members = await unwrap(
      unscoped.GET('/clients/{clientId}/members', { params: { path: { clientId } } }),
    );
    expectTypeOf(members).toEqualTypeOf<ClientMember[]>();
    expect(members[0]).toMatchObject({ email: 'alice@acmeplumbing.co.uk', role: 'Owner' });
  });

  forTag('Credit Notes', 'createCreditNote', async () => {
    const creditNote = await unwrap(
      dolfin.POST('/invoices/{invoiceId}/credit-notes', {
        params: { path: { invoiceId } },
        body: { amount: 24, reason: 'goodwill' },
      }),
    );
    expectTypeOf(creditNote).toEqualTypeOf<CreditNote>();
    expect(creditNote).toMatchObject({ invoiceId, amount: 24, currency: 'GBP' });
  });

  forTag('Invoice Reminders', 'sendInvoiceReminder', async () => {
    const reminder = await unwrap(
      dolfin.POST('/invoices/{invoiceId}/reminders', { params: { path: { invoiceId } }, body: {} }),
    );
    expectTypeOf(reminder).toEqualTypeOf<InvoiceReminder>();
    expect(reminder).toMatchObject({ invoiceId, status: 'Sent' });
  });

  forTag('RecurringInvoices', 'createRecurringInvoiceSchedule', async () => {
    const schedule = await unwrap(
      dolfin.POST('/recurring-invoices', {
        body: {
          customerId,
          currency: 'GBP',
          startDate: '2025-03-01T00:00:00Z',
          cadence: 'Monthly',
          autoSend: false,
          lineItems: [{ productId, quantity: 1, taxRateId, unitPriceOverride: 85 }],
        },
      }),
    );
    expectTypeOf(schedule).toEqualTypeOf<RecurringInvoiceSchedule>();
    expect(schedule).toMatchObject({ customerId, cadence: 'Monthly', status: 'Active' });
  });

  forTag('Products', 'listProducts', async () => {
    const page = await unwrap(dolfin.GET('/products', { params: { query: { Type: 'Service', Limit: 20 } } }));
    expectTypeOf(page).toEqualTypeOf<ProductPage>();
    expect(page.data[0]).toMatchObject({ id: productId, name: 'Emergency call-out', unitPrice: 95 });
  });

  forTag('TaxRates', 'createTaxRate', async () => {
    const taxRate = await unwrap(
      dolfin.POST('/tax-rates', { body: { code: 'GB-STD', name: 'Standard rate', rate: 20 } }),
    );
    expectTypeOf(taxRate).toEqualTypeOf<TaxRate>();
    expect(taxRate).toMatchObject({ id: taxRateId, code: 'GB-STD' });
  });

  forTag('Receivables', 'getReceivedSummary', async () => {
    const summary = await unwrap(
      dolfin.GET('/receivables/received', { params: { query: { period: 'Last30Days' } } }),
    );
    expectTypeOf(summary).toEqualTypeOf<ReceivedSummary>();
    expect(summary).toMatchObject({ currency: 'GBP', period: 'Last30Days' });
  });

  forTag('Bills', 'getBill', async () => {
    const bill = await unwrap(dolfin.GET('/bills/{id}', { params: { path: { id: billId } } }));
    // openapi-fetch's Readable<> rebuilds this nested shape: the same type as the schema, not the alias itself.
    expectTypeOf(bill).toExtend<Bill>();
    expectTypeOf<Bill>().toExtend<typeof bill>();
    expect(bill).toMatchObject({ id: billId, supplierId, fileName: 'acme-invoice-2025-01.pdf' });
  });

  forTag('Payables', 'getOutstandingPayables', async () => {
    const payables = await unwrap(dolfin.GET('/payables/outstanding'));
    expectTypeOf(payables).toEqualTypeOf<OutstandingPayables>();
    expect(payables.suppliers?.[0]).toMatchObject({ supplierId, supplierName: 'Pipe Supplies Ltd' });
  });

  forTag('BankPayments', 'payBillByBank', async () => {
    const payment = await unwrap(
      dolfin.POST('/bills/{id}/pay/bank', {
        params: { path: { id: billId } },
        body: { institutionId: 'modelo-sandbox', returnUrl: 'https://app.acmeplatform.com/ap/bills/paid' },
      }),
    );
    expectTypeOf(payment).toEqualTypeOf<BillBankPayment>();
    expect(payment.authorisationUrl).toMatch(/^https:\/\//);
  });

  forTag('Matching', 'addMatchAllocation', async () => {
    const group = await unwrap(
      dolfin.POST('/match-groups/{id}/allocations', {
        params: { path: { id: '3a000001-abcd-ef01-2345-6789abcdef01' } },
        body: { billLineId: 'b1a00002-abcd-ef01-2345-6789abcdef01', matchedQuantity: 50 },
      }),
    );
    // openapi-fetch's Readable<> rebuilds this nested shape: the same type as the schema, not the alias itself.
    expectTypeOf(group).toExtend<MatchGroup>();
    expectTypeOf<MatchGroup>().toExtend<typeof group>();
    expect(group).toMatchObject({ billId, status: 'Variance' });
  });

  forTag('Purchase Orders', 'createPurchaseOrder', async () => {
    const order = await unwrap(
      dolfin.POST('/purchase-orders', {
        body: {
          poNumber: 'PO-0001',
          supplierId,
          lines: [{ description: 'Copper pipe', quantityOrdered: 20 }],
        },
      }),
    );
    expectTypeOf(order).toEqualTypeOf<PurchaseOrder>();
    expect(order).toMatchObject({ poNumber: 'PO-0001', supplierId });
  });

  forTag('Delivery Notes', 'createDeliveryNote', async () => {
    const note = await unwrap(
      dolfin.POST('/delivery-notes', { body: { dnNumber: 'DN-0001', lines: [{ quantityReceived: 20 }] } }),
    );
    expectTypeOf(note).toEqualTypeOf<DeliveryNote>();
    expect(note).toMatchObject({ dnNumber: 'DN-0001', status: 'Open' });
  });

  forTag('Suppliers', 'getSupplier', async () => {
    const supplier = await unwrap(dolfin.GET('/suppliers/{id}', { params: { path: { id: supplierId } } }));
    expectTypeOf(supplier).toEqualTypeOf<Supplier>();
    expect(supplier).toMatchObject({ id: supplierId, name: 'Pipe Supplies Ltd' });
  });

  forTag('Supplier Credit Notes', 'getSupplierCreditNote', async () => {
    const creditNoteId = 'a8901234-abcd-ef01-2345-6789abcdef01';
    const note = await unwrap(
      dolfin.GET('/supplier-credit-notes/{creditNoteId}', { params: { path: { creditNoteId } } }),
    );
    expectTypeOf(note).toEqualTypeOf<SupplierCreditNote>();
    expect(note).toMatchObject({ id: creditNoteId, supplierId, available: 70 });
  });

  forTag('SpendCategories', 'listClientSpendCategories', async () => {
    const categories = await unwrap(
      unscoped.GET('/clients/{clientId}/spend-categories', { params: { path: { clientId } } }),
    );
    expectTypeOf(categories).toEqualTypeOf<SpendCategory[]>();
    expect(categories[0]).toMatchObject({ clientId, key: 'van_fuel' });
  });

  forTag('ApprovalPolicies', 'createApprovalPolicy', async () => {
    const policy = await unwrap(
      dolfin.POST('/ap/approval-policies', {
        body: {
          name: 'Auto-approve Pipe Supplies up to £500',
          priorityOrder: 10,
          active: true,
          supplierIds: [supplierId],
          supplierStanding: 'Any',
          action: 'AutoApprove',
          approverUserIds: [],
          amountLte: 500,
          currency: 'GBP',
        },
      }),
    );
    expectTypeOf(policy).toEqualTypeOf<ApprovalPolicy>();
    expect(policy).toMatchObject({ action: 'AutoApprove', supplierIds: [supplierId] });
  });

  forTag('Bank details', 'validateBankDetails', async () => {
    const result = await unwrap(
      dolfin.POST('/bank-details/validate', {
        body: { accountNumber: '31926819', sortCode: '60-16-13', country: 'GB', currency: 'GBP' },
      }),
    );
    expectTypeOf(result).toEqualTypeOf<BankDetailsValidationResult>();
    expect(result).toMatchObject({ isValid: true, canonical: { sortCode: '601613' } });
  });

  forTag('Gmail', 'startGmailBackfill', async () => {
    const job = await unwrap(
      dolfin.POST('/gmail-connections/{id}/backfill', {
        params: { path: { id: '6d789012-abcd-ef01-2345-6789abcdef01' } },
        body: { since: '2025-01-01T00:00:00Z', until: null },
      }),
    );
    expectTypeOf(job).toEqualTypeOf<GmailBackfillJob>();
    expect(job.jobId).toMatch(/^[0-9a-f-]{36}$/);
  });

  forTag('Agent', 'listAgentConversations', async () => {
    const page = await unwrap(
      dolfin.GET('/agent/conversations', { params: { query: { AgentType: 'All' } } }),
    );
    expectTypeOf(page).toEqualTypeOf<AgentConversationPage>();
    expect(page).toMatchObject({ hasMore: false, nextCursor: null });
  });

  forTag('MCP', 'getMcpSession', async () => {
    const session = await unwrap(
      unscoped.GET('/mcp/{organisationId}/sessions/{id}', {
        params: { path: { organisationId, id: '3e123456-abcd-ef01-2345-6789abcdef01' } },
      }),
    );
    // openapi-fetch's Readable<> rebuilds this nested shape: the same type as the schema, not the alias itself.
    expectTypeOf(session).toExtend<McpSession>();
    expectTypeOf<McpSession>().toExtend<typeof session>();
    expect(session.invocations[0]).toMatchObject({ toolName: 'list_invoices', success: true });
  });

  it('has a typed call for every tag that has operations', () => {
    const tags = new Set(specOperations().flatMap((operation) => operation.tags));
    expect([...coveredTags].sort()).toEqual([...tags].sort());
  });
});
