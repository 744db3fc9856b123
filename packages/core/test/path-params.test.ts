import { DolfinPathError } from '@dolfinai/core';
import { createDolfinClient } from '@dolfinai/core/internal';
import { describe, expect, it } from 'vitest';
import { itKeepsEveryRoute } from '../../../test/path-attacks.js';
import { fillPath } from '../src/path-params.js';

describe('path parameters', () => {
  itKeepsEveryRoute(DolfinPathError, (fetch) => createDolfinClient({ fetch }));

  it('refuses dot segments and empty values, and encodes the rest into one segment', () => {
    expect(() => fillPath('/invoices/{id}', { id: '..' })).toThrow('Path parameter "id" must be');
    expect(() => fillPath('/invoices/{id}', {})).toThrow('Path parameter "id" must be');
    expect(() => fillPath('/invoices/{id}', { id: { toString: () => 'x' } })).toThrow('Path parameter "id"');
    expect(fillPath('/invoices/{id}', { id: 'a/b?c#d%e' })).toBe('/invoices/a%2Fb%3Fc%23d%25e');
    expect(fillPath('/invoices/{id}/lines/{line}', { id: 'f6789012', line: 3 })).toBe(
      '/invoices/f6789012/lines/3',
    );
  });
});
