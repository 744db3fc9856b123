// Type-checked as bundled browser code (moduleResolution bundler, DOM types, no Node types).
import { createBrowserClient, DolfinApiError, exchangeCode, type Invoice, unwrap } from '@dolfinai/browser';

export async function firstInvoice(code: string, baseUrl: string): Promise<Invoice | undefined> {
  const session = await exchangeCode(code, { baseUrl });
  const dolfin = createBrowserClient({ token: session.token, baseUrl });
  try {
    const page = await unwrap(
      dolfin.GET('/invoices', {
        params: { header: { 'x-dolfin-organisation-id': session.organisations[0]?.organisationId ?? '' } },
      }),
    );
    return page.data[0];
  } catch (error) {
    if (error instanceof DolfinApiError) return undefined;
    throw error;
  }
}

// @ts-expect-error: without an organisationId on the client, the organisation header is required
createBrowserClient({ token: 'session-token' }).GET('/invoices');
