// createPublicClient's paths are exactly the operations the spec serves without a credential (`security: []`).
import type { PublicPath } from '@dolfinai/browser';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { callersOf, specOperations } from './spec-operations.js';

const publicPaths = [
  '/auth/exchange',
  '/client-invites/accept',
  '/i/{token}',
  '/i/{token}/checkout-session',
] as const satisfies readonly PublicPath[];

describe('the public client', () => {
  it('lists every path of PublicPath here', () => {
    expectTypeOf<(typeof publicPaths)[number]>().toEqualTypeOf<PublicPath>();
    expect(new Set(publicPaths).size).toBe(publicPaths.length);
  });

  it('covers exactly the operations that take no credential', () => {
    const specPublic = specOperations()
      .filter((operation) => callersOf(operation).includes('public'))
      .map((operation) => operation.path);
    expect([...new Set(specPublic)].sort()).toEqual([...publicPaths].sort());
  });
});
