import { describe, expect, inject, it } from 'vitest';
import { runIntegrationFlow } from '../src/flow.js';

describe('client-integration flow against the mock', () => {
  it('provisions, mints a code, exchanges it and lists invoices, printing each step', async () => {
    const lines: string[] = [];
    const result = await runIntegrationFlow({
      apiKey: 'dol_live_abc123',
      baseUrl: inject('dolfinMockUrl'),
      log: (line) => lines.push(line),
      pickMockExamples: true,
    });

    expect(result.organisation.id).toBe('9a658587-fe02-402e-b1ac-bfaf53274ef8');
    expect(result.users.map((user) => user.name)).toEqual(['Alice Johnson', 'Bob Smith']);
    expect(result.session.userId).toBe(result.users[0]?.userId);
    expect(result.invoices.length).toBeGreaterThan(0);

    const output = lines.join('\n');
    expect(output).toContain('9a658587-fe02-402e-b1ac-bfaf53274ef8');
    expect(output).toContain('b2222222-2222-2222-2222-222222222222');
    expect(output).toContain('INV-0001');
    // Secrets are shown masked, never whole.
    expect(output).not.toContain(result.authCode.code);
    expect(output).not.toContain(result.session.token);
    expect(output).not.toContain('dol_live_abc123');
  });
});
