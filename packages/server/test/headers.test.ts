import { createServerClient, unwrap } from '@dolfinai/server';
import { describe, expect, inject, it } from 'vitest';
import { recordingFetch } from '../../../test/recording-fetch.js';

const baseUrl = inject('dolfinMockUrl');
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const otherOrganisationId = '0b3f2a51-6c2e-4d0e-9a3a-1f7c8d9e0a1b';

describe('server client headers', () => {
  it('sends the API key on every request and no bearer token', async () => {
    const recorder = recordingFetch();
    const dolfin = createServerClient({ apiKey: 'dol_live_abc123', baseUrl, fetch: recorder.fetch });
    await unwrap(dolfin.GET('/industries'));
    const [request] = recorder.requests;
    expect(request?.headers.get('x-dolfin-api-key')).toBe('dol_live_abc123');
    expect(request?.headers.has('authorization')).toBe(false);
  });

  it('sends the organisation header only when an organisation is set', async () => {
    const recorder = recordingFetch();
    const unscoped = createServerClient({ apiKey: 'dol_live_abc123', baseUrl, fetch: recorder.fetch });
    const scoped = createServerClient({
      apiKey: 'dol_live_abc123',
      baseUrl,
      organisationId,
      fetch: recorder.fetch,
    });
    await unwrap(unscoped.GET('/industries'));
    await unwrap(scoped.GET('/invoices'));
    expect(recorder.requests.map((request) => request.headers.get('x-dolfin-organisation-id'))).toEqual([
      null,
      organisationId,
    ]);
  });

  it('lets a per-request header override the client organisation', async () => {
    const recorder = recordingFetch();
    const dolfin = createServerClient({
      apiKey: 'dol_live_abc123',
      baseUrl,
      organisationId,
      fetch: recorder.fetch,
    });
    await unwrap(
      dolfin.GET('/invoices', { params: { header: { 'x-dolfin-organisation-id': otherOrganisationId } } }),
    );
    expect(recorder.requests[0]?.headers.get('x-dolfin-organisation-id')).toBe(otherOrganisationId);
  });

  it('gets the validation problem from the mock when an organisation-scoped call has no organisation', async () => {
    const dolfin = createServerClient({ apiKey: 'dol_live_abc123', baseUrl });
    // @ts-expect-error the spec requires the organisation header on /invoices
    const { response } = await dolfin.GET('/invoices');
    expect(response.status).toBe(400);
  });
});
