// The spec documents exactly the operations the public docs show (openapi/documented-operations.txt), with
// operation ids that are unique and verb-first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specOperations } from './spec-operations.js';

const documentedList = new URL('../../../openapi/documented-operations.txt', import.meta.url);

/** `GET /suppliers/{supplierId}/credit` → `GET /suppliers/{}/credit`: parameter names do not tell paths apart. */
function normalise(operation: string): string {
  return operation.replace(/\{[^}]*\}/g, '{}');
}

function documentedOperations(): string[] {
  return readFileSync(documentedList, 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

describe('spec coverage of the documented API', () => {
  const documented = documentedOperations();
  const inSpec = specOperations().map((operation) => ({
    name: `${operation.method.toUpperCase()} ${operation.path}`,
    operationId: operation.operationId,
  }));

  it('lists each documented operation once', () => {
    expect(new Set(documented.map(normalise)).size).toBe(documented.length);
  });

  it('has every documented operation and no other', () => {
    const specKeys = new Set(inSpec.map((operation) => normalise(operation.name)));
    const documentedKeys = new Set(documented.map(normalise));
    const missing = documented.filter((operation) => !specKeys.has(normalise(operation)));
    const extra = inSpec
      .filter((operation) => !documentedKeys.has(normalise(operation.name)))
      .map((operation) => `${operation.name} (${operation.operationId})`);
    expect({ missing, extra }, 'operations missing from / not documented but in openapi/').toEqual({
      missing: [],
      extra: [],
    });
    expect(inSpec).toHaveLength(documented.length);
  });

  it('gives every operation a unique, camelCase, verb-first operationId', () => {
    const ids = inSpec.map((operation) => operation.operationId);
    const duplicated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicated, 'duplicated operationIds').toEqual([]);
    const verbs =
      /^(list|get|create|update|patch|delete|void|send|record|issue|add|remove|apply|reverse|accept|revoke|exchange|enable|edit|pause|resume|extract|upload|retry|reopen|schedule|reclassify|pay|close|cancel|validate|begin|complete|trigger|start|chat)[A-Z]/;
    const notVerbFirst = ids.filter((id) => !verbs.test(id));
    expect(notVerbFirst, 'operationIds that do not start with a known verb').toEqual([]);
  });
});
