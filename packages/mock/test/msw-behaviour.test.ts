// What the msw handlers do besides answering examples: Prism's credential check, Prefer, the validation problem,
// a given base URL, typed overrides and the request recorder.
import { createBrowserClient, type Invoice } from '@dolfinai/browser';
import { createHandlers, createHttp, createRecorder } from '@dolfinai/mock/msw';
import { AuthenticationError, BadRequestError, createServerClient, unwrap } from '@dolfinai/server';
import { HttpResponse, http as mswHttp } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';

const baseUrl = 'https://api.dolfinai.co';
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const customerId = 'c3456789-abcd-ef01-2345-6789abcdef01';
const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhMSJ9.c2VjcmV0LXNpZ25hdHVyZQ';
const apiKey = 'dol_live_secret_abc123';
const recorder = createRecorder();
const http = createHttp({ recorder });
const handlers = createHandlers({ recorder });
const server = setupServer(...handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // Some tests replace the defaults: put them back, and drop every override.
  server.resetHandlers(...handlers);
  recorder.clear();
});
afterAll(() => server.close());

const browser = () => createBrowserClient({ token, organisationId, baseUrl });
const backend = () => createServerClient({ apiKey, baseUrl });
const draft = {
  customerId,
  currency: 'GBP',
  lineItems: [
    {
      productId: 'd4567890-abcd-ef01-2345-6789abcdef01',
      quantity: 1,
      taxRateId: 'e5678901-abcd-ef01-2345-6789abcdef01',
    },
  ],
};

describe('credentials, as Prism checks them', () => {
  it('answers 401 with the spec example when an operation that needs a credential gets none', async () => {
    const response = await fetch(`${baseUrl}/invoices`, {
      headers: { 'x-dolfin-organisation-id': organisationId },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2',
      title: 'Unauthorized',
      status: 401,
      detail: 'A valid API key or bearer token is required.',
    });
  });

  it('accepts either credential where the spec does, and only the API key where only it is allowed', async () => {
    expect((await fetch(`${baseUrl}/industries`, { headers: { authorization: 'Bearer x' } })).status).toBe(
      200,
    );
    expect((await fetch(`${baseUrl}/industries`, { headers: { 'x-dolfin-api-key': 'x' } })).status).toBe(200);
    const withBearer = await fetch(`${baseUrl}/organisations`, {
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Acme Plumbing Ltd', industryId: 'b2d4f6a8-1234-5678-9abc-def012345678' }),
    });
    expect(withBearer.status).toBe(401);
  });

  it('needs no credential for public operations', async () => {
    const response = await fetch(`${baseUrl}/auth/exchange`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'ac_8f3b2c1d9e7a4f60b5d1' }),
    });
    expect(response.status).toBe(200);
  });

  it('becomes a typed error in the clients', async () => {
    const unauthenticated = createServerClient({
      apiKey,
      baseUrl,
      fetch: (input, init) => {
        const request = new Request(input, init);
        request.headers.delete('x-dolfin-api-key');
        return fetch(request);
      },
    });
    await expect(unwrap(unauthenticated.GET('/industries'))).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('Prefer, as Prism reads it', () => {
  it('answers a documented status with its example', async () => {
    const error = await unwrap(
      backend().POST('/organisations/{organisationId}/users', {
        params: { path: { organisationId } },
        body: { email: 'alice@acmeplumbing.co.uk', name: 'Alice Johnson' },
        headers: { Prefer: 'code=409' },
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 409, problem: { title: 'Conflict' } });
  });

  it('answers a named example', async () => {
    const user = await unwrap(
      backend().POST('/organisations/{organisationId}/users', {
        params: { path: { organisationId } },
        body: { email: 'bob@acmeplumbing.co.uk', name: 'Bob Smith' },
        headers: { Prefer: 'example=bob' },
      }),
    );
    expect(user).toMatchObject({ userId: 'b2222222-2222-2222-2222-222222222222', name: 'Bob Smith' });
  });

  it('answers a range status such as 5XX with its example, and 404 for what the document lacks', async () => {
    const headers = { 'x-dolfin-api-key': 'x' };
    const unavailable = await fetch(`${baseUrl}/industries`, { headers: { ...headers, prefer: 'code=503' } });
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toMatchObject({ title: 'Internal Server Error' });
    const teapot = await fetch(`${baseUrl}/industries`, { headers: { ...headers, prefer: 'code=418' } });
    expect(teapot.status).toBe(404);
    expect(await teapot.json()).toMatchObject({
      detail: 'Requested status code 418 is not defined in the document.',
    });
    const unknown = await fetch(`${baseUrl}/industries`, { headers: { ...headers, prefer: 'example=nope' } });
    expect(unknown.status).toBe(404);
  });
});

describe('requests that break the spec get the validation problem', () => {
  it('names a missing required field and a value of the wrong type', async () => {
    const { customerId: _, ...withoutCustomer } = draft;
    const error = await unwrap(
      browser().POST('/invoices', {
        // @ts-expect-error: the types already refuse what the mock refuses at run time
        body: { ...withoutCustomer, lineItems: [{ ...draft.lineItems[0], quantity: 'one' }] },
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).response.headers.get('content-type')).toBe('application/problem+json');
    expect((error as BadRequestError).problem).toEqual({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'Bad Request',
      status: 400,
      detail: 'customerId is required. lineItems[0].quantity must be of type number.',
      errors: {
        customerId: ['customerId is required.'],
        'lineItems[0].quantity': ['lineItems[0].quantity must be of type number.'],
      },
    });
  });

  it('names a missing required organisation header and a malformed path parameter', async () => {
    const withoutOrganisation = createBrowserClient({ token, baseUrl });
    // @ts-expect-error: without an organisationId on the client, the header is required
    const missing = await withoutOrganisation.GET('/invoices');
    expect(missing.response.status).toBe(400);
    expect(missing.error).toMatchObject({
      errors: { 'x-dolfin-organisation-id': ['x-dolfin-organisation-id is required.'] },
    });

    const malformed = await browser().GET('/invoices/{id}', { params: { path: { id: 'not-a-uuid' } } });
    expect(malformed.response.status).toBe(400);
    expect(malformed.error).toMatchObject({ errors: { id: ['id must be a valid uuid.'] } });
  });

  it('checks the credential before the request, as Prism does', async () => {
    const response = await fetch(`${baseUrl}/invoices`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });

  it('can be turned off', async () => {
    server.resetHandlers(...createHandlers({ validate: false, checkCredentials: false }));
    expect((await fetch(`${baseUrl}/invoices`, { method: 'POST', body: '{}' })).status).toBe(201);
  });
});

describe('a given base URL', () => {
  it('answers on that base URL, base path included, and leaves other origins alone', async () => {
    server.resetHandlers(...createHandlers({ baseUrl: 'https://dolfin.test/api/' }));
    const dolfin = createServerClient({ apiKey, baseUrl: 'https://dolfin.test/api' });
    expect(await unwrap(dolfin.GET('/industries'))).toContainEqual(
      expect.objectContaining({ name: 'Plumbing & HVAC' }),
    );
    server.use(mswHttp.all('*', () => HttpResponse.json({ other: true }, { status: 599 })));
    expect((await fetch('https://other.test/industries')).status).toBe(599);
  });
});

describe('typed overrides', () => {
  it('replace one operation for a test, typed by path, method and status', async () => {
    server.use(
      http.get('/invoices/{id}', ({ params, response }) => {
        expectTypeOf(params).toEqualTypeOf<{ id: string }>();
        return response(404).json({
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
          title: 'Invoice.NotFound',
          status: 404,
          detail: `No invoice ${params.id}`,
        });
      }),
    );
    const { error, response } = await browser().GET('/invoices/{id}', {
      params: { path: { id: 'f6789012-abcd-ef01-2345-6789abcdef01' } },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(error).toMatchObject({ detail: 'No invoice f6789012-abcd-ef01-2345-6789abcdef01' });
  });

  it('type the request body and refuse what the spec does not document', async () => {
    server.use(
      http.post('/invoices', async ({ request, response }) => {
        const body = await request.json();
        expectTypeOf(body.customerId).toEqualTypeOf<string>();
        return response(201).json({ ...invoiceOf(body.customerId), memo: 'from the override' });
      }),
    );
    expect(await unwrap(browser().POST('/invoices', { body: draft }))).toMatchObject({
      memo: 'from the override',
    });

    // Type checks only: these handlers are never used.
    // @ts-expect-error: not a Dolfin path
    http.get('/invoice', () => undefined);
    // @ts-expect-error: GET /auth/codes is not an operation
    http.get('/auth/codes', () => undefined);
    http.get('/invoices/{id}', ({ response }) => {
      // @ts-expect-error: 418 is not documented for this operation
      response(418);
      // @ts-expect-error: a 200 body is an Invoice
      return response(200).json({ id: 1 });
    });
    // A documented range status takes its example's type.
    http.get('/industries', ({ response }) =>
      response(503).json({ title: 'Service Unavailable', status: 503 }),
    );
  });
});

describe('the request recorder', () => {
  it('records what the app sent: method, path template, params, query, body, organisation, credential kind', async () => {
    await unwrap(browser().POST('/invoices', { body: draft }));
    await unwrap(
      browser().GET('/invoices/{id}', { params: { path: { id: 'f6789012-abcd-ef01-2345-6789abcdef01' } } }),
    );
    await unwrap(backend().GET('/industries'));

    expect(recorder.of('createInvoice')).toEqual([
      {
        operationId: 'createInvoice',
        method: 'POST',
        path: '/invoices',
        params: {},
        query: {},
        body: draft,
        organisationId,
        credentials: ['bearer'],
      },
    ]);
    expect(recorder.of('GET /invoices/{id}')).toMatchObject([
      { params: { id: 'f6789012-abcd-ef01-2345-6789abcdef01' } },
    ]);
    expect(recorder.requests.map((request) => [request.operationId, request.credentials])).toEqual([
      ['createInvoice', ['bearer']],
      ['getInvoice', ['bearer']],
      ['listIndustries', ['api-key']],
    ]);
  });

  it('records the query, invalid requests and requests answered by overrides, never a credential', async () => {
    server.use(
      http.get('/invoices', ({ response }) =>
        response(200).json({ data: [], meta: { cursors: { current: null, next: null, previous: null } } }),
      ),
    );
    await browser().GET('/invoices', { params: { query: { Limit: 5, Cursor: 'abc' } } });
    await browser().POST('/invoices', {
      // @ts-expect-error: an invalid body is still recorded
      body: { currency: 'GBP' },
    });
    expect(recorder.requests).toMatchObject([
      { operationId: 'listInvoices', query: { Limit: '5', Cursor: 'abc' } },
      { operationId: 'createInvoice', body: { currency: 'GBP' } },
    ]);
    const recorded = JSON.stringify(recorder.requests);
    expect(recorded).not.toContain(token);
    expect(recorded).not.toContain('c2VjcmV0');
  });

  it('is cleared between tests', () => {
    expect(recorder.requests).toEqual([]);
  });
});

function invoiceOf(customer: string): Invoice {
  return {
    id: 'f6789012-abcd-ef01-2345-6789abcdef01',
    organisationId,
    customerId: customer,
    documentNumber: 'INV-0002',
    status: 'Draft',
    currency: 'GBP',
  } as Invoice;
}
