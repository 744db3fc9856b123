// createPublicClient: the operations the API serves without a credential (the code exchange, the public invoice
// view and its checkout, accepting a client invite), typed, sent with no credential at all.
import { type CheckoutSession, createPublicClient, type PublicInvoice, unwrap } from '@dolfinai/browser';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { recordingFetch } from '../../../test/recording-fetch.js';

const baseUrl = inject('dolfinMockUrl');
const path = { token: 'pay_7Hq2x9' };

describe('createPublicClient', () => {
  it('reads the public invoice view and starts its checkout, sending no credential', async () => {
    const recorder = recordingFetch();
    const visitor = createPublicClient({ baseUrl, fetch: recorder.fetch });
    const invoice = await unwrap(visitor.GET('/i/{token}', { params: { path } }));
    expectTypeOf(invoice).toEqualTypeOf<PublicInvoice>();
    const checkout = await unwrap(visitor.POST('/i/{token}/checkout-session', { params: { path } }));
    expectTypeOf(checkout).toEqualTypeOf<CheckoutSession>();
    expect(recorder.requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/i/pay_7Hq2x9',
      '/i/pay_7Hq2x9/checkout-session',
    ]);
    for (const request of recorder.requests) {
      expect(request.headers.has('authorization')).toBe(false);
      expect(request.headers.has('x-dolfin-api-key')).toBe(false);
      expect(request.headers.has('x-dolfin-organisation-id')).toBe(false);
    }
  });

  it('exchanges a code', async () => {
    const session = await unwrap(
      createPublicClient({ baseUrl }).POST('/auth/exchange', { body: { code: 'ac_8f3b2c1d9e7a4f60b5d1' } }),
    );
    expect(session.token).toEqual(expect.any(String));
  });

  it('offers only the public operations, and never sends a credential', async () => {
    const recorder = recordingFetch();
    const token = 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln';
    // @ts-expect-error a public client takes no credential
    const visitor = createPublicClient({ baseUrl, fetch: recorder.fetch, token });
    // @ts-expect-error /me needs a session: use createBrowserClient
    const { response } = await visitor.GET('/me');
    expect(response.status).toBe(401);
    expect(recorder.requests[0]?.headers.has('authorization')).toBe(false);
  });
});
