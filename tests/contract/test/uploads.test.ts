// File uploads through the typed client: a File in a FormData body, sent as multipart/form-data to the mock.
import type { BillCreated, RecurringInvoiceContractTerms } from '@dolfinai/server';
import { BadRequestError, createServerClient, multipartBody, unwrap } from '@dolfinai/server';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { recordingFetch } from '../../../test/recording-fetch.js';

const baseUrl = inject('dolfinMockUrl');
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

function uploader() {
  const recorder = recordingFetch();
  const dolfin = createServerClient({
    apiKey: 'dol_live_abc123',
    organisationId,
    baseUrl,
    fetch: recorder.fetch,
  });
  return { dolfin, requests: recorder.requests };
}

/** The parts the server received, read back from the recorded request. */
async function sentParts(request: Request | undefined): Promise<FormData> {
  expect(request?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
  return (request as Request).formData();
}

describe('uploads', () => {
  it('uploads a bill (POST /bills) and gets the 202 with the OCR state', async () => {
    const { dolfin, requests } = uploader();
    const file = new File([pdf], 'acme-invoice-2025-01.pdf', { type: 'application/pdf' });

    const { data, response } = await dolfin.POST('/bills', { body: multipartBody({ file }) });

    expect(response.status).toBe(202);
    expectTypeOf(data).toEqualTypeOf<BillCreated | undefined>();
    expect(data).toEqual({ id: 'b1234567-abcd-ef01-2345-6789abcdef01', state: 'OcrProcessing' });
    const sent = (await sentParts(requests[0])).get('file');
    expect(sent).toBeInstanceOf(File);
    expect(sent).toMatchObject({
      name: 'acme-invoice-2025-01.pdf',
      type: 'application/pdf',
      size: pdf.length,
    });
  });

  it('extracts contract terms (POST /recurring-invoices/from-contract) from a Blob', async () => {
    const { dolfin, requests } = uploader();
    const blob = new Blob([pdf], { type: 'application/pdf' });

    const terms = await unwrap(
      dolfin.POST('/recurring-invoices/from-contract', { body: multipartBody({ file: blob }) }),
    );

    expectTypeOf(terms).toEqualTypeOf<RecurringInvoiceContractTerms>();
    expect(terms).toMatchObject({
      customerName: 'Riverside Construction Ltd',
      cadence: 'Monthly',
      missingFields: [],
    });
    // FormData names a Blob without a name "blob".
    const sent = (await sentParts(requests[0])).get('file');
    expect(sent).toMatchObject({ name: 'blob', type: 'application/pdf', size: pdf.length });
  });

  it('is refused by the mock without its file part', async () => {
    const { dolfin } = uploader();
    // Bypasses the types on purpose: what an untyped caller could send.
    const call = dolfin.POST('/bills', { body: new FormData() as unknown as { file: string } });
    await expect(unwrap(call)).rejects.toBeInstanceOf(BadRequestError);
  });

  it('checks the parts against the operation at compile time', () => {
    const { dolfin, requests } = uploader();
    const file = new File([pdf], 'bill.pdf', { type: 'application/pdf' });
    // Checked by `tsc` (pnpm run typecheck); never called.
    const misuses = [
      // @ts-expect-error the bill upload has no `document` part
      () => dolfin.POST('/bills', { body: multipartBody({ document: file }) }),
      // @ts-expect-error a part is a Blob or a string
      () => dolfin.POST('/bills', { body: multipartBody({ file: 42 }) }),
      // @ts-expect-error the `file` part is required
      () => dolfin.POST('/bills', { body: multipartBody({}) }),
    ];
    expect(misuses).toHaveLength(3);
    expect(requests).toHaveLength(0);
  });
});
