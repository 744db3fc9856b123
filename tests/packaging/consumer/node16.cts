// Type-checked as a Node CommonJS module (moduleResolution node16): the `require` conditions and `.d.cts` files.

import { createBrowserClient, exchangeCode, type Invoice, type Session, unwrap } from '@dolfinai/browser';
import { startMock } from '@dolfinai/mock';

export async function invoicesOfAlice(): Promise<Invoice[]> {
  const mock = await startMock();
  try {
    const session: Session = await exchangeCode('ac_8f3b2c1d9e7a4f60b5d1', { baseUrl: mock.url });
    const dolfin = createBrowserClient({
      token: session.token,
      organisationId: session.organisations[0]?.organisationId ?? '',
      baseUrl: mock.url,
    });
    // @ts-expect-error: the token is required
    createBrowserClient({ baseUrl: mock.url });
    return (await unwrap(dolfin.GET('/invoices'))).data;
  } finally {
    await mock.stop();
  }
}
