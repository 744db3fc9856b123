// Every operation is traced to the docs page it was checked against, and every guess is marked where it stands
// (`x-dolfin-inferred`): what `pnpm spec:provenance` counts.
import { describe, expect, it } from 'vitest';
import { kindOf, provenance, provenanceProblems } from '../../../scripts/spec-provenance.mjs';
import { spec as bundle, specOperations } from './spec-operations.js';

describe('provenance of the bundled spec', () => {
  it('links every operation to its docs page and never puts required beside allOf', () => {
    expect(provenanceProblems(bundle)).toEqual([]);
  });

  it('counts every operation once, under its tag', () => {
    const { perTag, total } = provenance(bundle);
    const operations = specOperations().length;
    expect(total.operations).toBe(operations);
    expect(Object.values(perTag).reduce((sum, tag) => sum + tag.operations, 0)).toBe(operations);
    expect(total.withDocs).toBe(total.operations);
  });
});

describe('provenance counting', () => {
  const spec = {
    paths: {
      '/things': {
        get: {
          tags: ['Things'],
          externalDocs: { url: 'https://docs.dolfinai.co/api-reference/things/list-things' },
          responses: {
            '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
            '429': { $ref: '#/components/responses/Throttled' },
          },
        },
        post: {
          tags: ['Things'],
          'x-dolfin-inferred': 'security: no page says who may call it',
          requestBody: {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          responses: { '201': { description: 'made' } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          allOf: [{ type: 'object' }],
          required: ['id'],
          properties: { id: { type: 'string', 'x-dolfin-inferred': 'the page is cut off before it' } },
        },
      },
      responses: { Throttled: { description: 'slow down', 'x-dolfin-inferred': 'no page lists 429' } },
    },
  };

  it('counts a node shared by two operations once, and names its kind', () => {
    expect(provenance(spec).total).toEqual({
      operations: 2,
      withDocs: 1,
      inferred: { total: 3, operation: 1, property: 1, response: 1 },
    });
  });

  it('names operations without a docs page and required beside allOf', () => {
    expect(provenanceProblems(spec)).toEqual([
      'POST /things has no externalDocs.url (the docs page it was checked against)',
      '#/components/schemas/Thing puts required beside allOf (hey-api and orval drop it)',
    ]);
  });

  it('tells the kind of a node from where it stands', () => {
    expect(kindOf(['paths', '/things', 'get'])).toBe('operation');
    expect(kindOf(['components', 'schemas', 'Thing', 'properties', 'id'])).toBe('property');
    expect(kindOf(['components', 'schemas', 'Thing'])).toBe('schema');
    expect(kindOf(['paths', '/things', 'get', 'parameters', '0'])).toBe('parameter');
    expect(kindOf(['components', 'responses', 'Throttled'])).toBe('response');
    expect(kindOf(['paths', '/things', 'get', 'responses', '429'])).toBe('response');
    expect(kindOf(['paths', '/things', 'post', 'requestBody'])).toBe('request body');
  });
});
