// src/generated/all-operations.ts is what the generator makes of the current spec (update it with -u).
import { describe, expect, it } from 'vitest';
import { allOperationsSource } from './all-operations-source.js';
import { specOperations } from './spec-operations.js';

describe('typed call of every operation', () => {
  it('is generated from the current spec', async () => {
    await expect(allOperationsSource(specOperations())).toMatchFileSnapshot(
      '../src/generated/all-operations.ts',
    );
  });
});
