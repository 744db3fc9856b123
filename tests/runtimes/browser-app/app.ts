// A browser app as our users write it: exchange the auth code from the URL, then make one API call. Chromium runs
// it in test/chromium.test.ts, and the size budget (.size-limit.json) measures it bundled with everything it
// imports, openapi-fetch included.
import { createBrowserClient, exchangeCode, unwrap } from '@dolfinai/browser';

async function showInvoices(output: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const baseUrl = params.get('api') ?? undefined;
  try {
    const session = await exchangeCode(params.get('code') ?? '', { baseUrl });
    const dolfin = createBrowserClient({
      token: session.token,
      organisationId: session.organisations[0]?.organisationId ?? '',
      baseUrl,
    });
    const invoices = await unwrap(dolfin.GET('/invoices'));
    output.textContent = JSON.stringify({
      userId: session.userId,
      invoiceNumbers: invoices.data.map((invoice) => invoice.documentNumber),
    });
    output.dataset.status = 'ok';
  } catch (error) {
    output.textContent = String(error);
    output.dataset.status = 'failed';
  }
}

void showInvoices(document.getElementById('result') as HTMLElement);
