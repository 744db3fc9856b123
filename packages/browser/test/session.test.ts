import type { Invoice, Me, Session } from '@dolfinai/browser';
import { AuthenticationError, createBrowserClient, exchangeCode, unwrap } from '@dolfinai/browser';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { recordingFetch } from '../../../test/recording-fetch.js';

const baseUrl = inject('dolfinMockUrl');
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';

describe('exchangeCode', () => {
  it('returns the typed session', async () => {
    const session = await exchangeCode('ac_8f3b2c1d9e7a4f60b5d1', { baseUrl });
    expectTypeOf(session).toEqualTypeOf<Session>();
    expect(session).toMatchObject({ userId: 'a1111111-1111-1111-1111-111111111111' });
    expect(session.organisations[0]?.organisationId).toBe(organisationId);
  });

  it('sends neither an API key nor an Authorization header', async () => {
    const recorder = recordingFetch();
    await exchangeCode('ac_8f3b2c1d9e7a4f60b5d1', { baseUrl, fetch: recorder.fetch });
    const [request] = recorder.requests;
    expect(request?.headers.has('x-dolfin-api-key')).toBe(false);
    expect(request?.headers.has('authorization')).toBe(false);
    expect(request?.headers.has('x-dolfin-organisation-id')).toBe(false);
    expect(await request?.json()).toEqual({ code: 'ac_8f3b2c1d9e7a4f60b5d1' });
  });

  it('rejects an empty code before sending anything', async () => {
    const recorder = recordingFetch();
    await expect(exchangeCode('', { baseUrl, fetch: recorder.fetch })).rejects.toMatchObject({
      name: 'DolfinOptionError',
      option: 'code',
    });
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('browser client', () => {
  it('calls the API with the bearer token and the organisation header', async () => {
    const recorder = recordingFetch();
    const session = await exchangeCode('ac_8f3b2c1d9e7a4f60b5d1', { baseUrl });
    const dolfin = createBrowserClient({
      token: session.token,
      organisationId,
      baseUrl,
      fetch: recorder.fetch,
    });
    const page = await unwrap(dolfin.GET('/invoices'));
    expectTypeOf(page.data).toEqualTypeOf<Invoice[]>();
    expect(page.data.length).toBeGreaterThan(0);
    const [request] = recorder.requests;
    expect(request?.headers.get('authorization')).toBe(`Bearer ${session.token}`);
    expect(request?.headers.get('x-dolfin-organisation-id')).toBe(organisationId);
    expect(request?.headers.has('x-dolfin-api-key')).toBe(false);
  });

  it('reads the signed-in user without an organisation header', async () => {
    const dolfin = createBrowserClient({ token: 'session-token', baseUrl });
    const me = await unwrap(dolfin.GET('/me'));
    expectTypeOf(me).toEqualTypeOf<Me>();
    expect(me.email).toBe('alice@acmeplumbing.co.uk');
  });

  it('gets 401 when no bearer token reaches the API', async () => {
    const response = await fetch(`${baseUrl}/me`);
    expect(response.status).toBe(401);
    const error = await unwrap(
      createBrowserClient({ token: 't', baseUrl }).GET('/me', { headers: { Prefer: 'code=401' } }),
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AuthenticationError);
  });

  it('refuses to send an API key', async () => {
    const dolfin = createBrowserClient({ token: 't', baseUrl });
    await expect(
      dolfin.GET('/me', { headers: { 'x-dolfin-api-key': 'dol_live_abc123' } }),
    ).rejects.toMatchObject({
      name: 'DolfinOptionError',
    });
  });

  it('rejects a missing token at construction', () => {
    expect(() => createBrowserClient({ token: '' })).toThrow(/token is required/);
  });
});
