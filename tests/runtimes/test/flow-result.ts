// What every runtime's run of the integration flow (scripts/flow.mjs) must report: the guide's sequence, done.
import { expect } from 'vitest';

export function expectFlowCompleted(result: Record<string, unknown>): void {
  expect(result).toMatchObject({
    industry: 'Plumbing & HVAC',
    organisationId: '9a658587-fe02-402e-b1ac-bfaf53274ef8',
    userIds: ['a1111111-1111-1111-1111-111111111111', 'b2222222-2222-2222-2222-222222222222'],
    sessionUserId: 'a1111111-1111-1111-1111-111111111111',
  });
  expect(result.backendInvoiceNumbers).toContain('INV-0001');
  expect(result.invoiceNumbers).toContain('INV-0001');
}
