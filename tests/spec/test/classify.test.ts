// The classification table on small documents: one change each, its class, and the bump it asks for.
import { describe, expect, it } from 'vitest';
import { bumpFor, classifyChanges, RULES } from '../../../scripts/spec/classify.mjs';

type Json = Record<string, any>;

const base = (): Json => ({
  openapi: '3.1.1',
  info: { title: 'Things', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        parameters: [{ name: 'Mode', in: 'query', schema: { type: 'string', enum: ['fast', 'safe'] } }],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: { name: { type: 'string' }, colour: { type: 'string', enum: ['red', 'blue'] } },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'made',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['id'],
                  properties: { id: { type: 'string' }, note: { type: 'string' }, state: { type: 'string', enum: ['new'] } },
                },
              },
            },
          },
        },
      },
    },
  },
});

const request = (doc: Json) => doc.paths['/things'].post.requestBody.content['application/json'].schema;
const response = (doc: Json) => doc.paths['/things'].post.responses['201'].content['application/json'].schema;

const cases: [string, (doc: Json) => void, string][] = [
  ['operation added', (d) => (d.paths['/other'] = { get: { responses: { '200': { description: 'ok' } } } }), 'non-breaking'],
  ['operation removed', (d) => delete d.paths['/things'].post, 'breaking'],
  ['parameter added (required)', (d) => d.paths['/things'].post.parameters.push({ name: 'Key', in: 'header', required: true, schema: { type: 'string' } }), 'breaking'],
  ['parameter added (optional)', (d) => d.paths['/things'].post.parameters.push({ name: 'Tag', in: 'query', schema: { type: 'string' } }), 'non-breaking'],
  ['parameter removed', (d) => (d.paths['/things'].post.parameters = []), 'breaking'],
  ['parameter became required', (d) => (d.paths['/things'].post.parameters[0].required = true), 'breaking'],
  ['parameter enum value added', (d) => d.paths['/things'].post.parameters[0].schema.enum.push('cheap'), 'non-breaking'],
  ['request field added (required)', (d) => { request(d).properties.size = { type: 'integer' }; request(d).required.push('size'); }, 'breaking'],
  ['request field added (optional)', (d) => (request(d).properties.size = { type: 'integer' }), 'non-breaking'],
  ['request field removed', (d) => delete request(d).properties.colour, 'breaking'],
  ['request field became required', (d) => request(d).required.push('colour'), 'breaking'],
  ['request field became optional', (d) => (request(d).required = []), 'non-breaking'],
  ['request enum value added', (d) => request(d).properties.colour.enum.push('green'), 'non-breaking'],
  ['request enum value removed', (d) => request(d).properties.colour.enum.pop(), 'breaking'],
  ['response field added', (d) => (response(d).properties.size = { type: 'integer' }), 'non-breaking'],
  ['response field removed', (d) => delete response(d).properties.note, 'breaking'],
  ['response field became required', (d) => response(d).required.push('note'), 'non-breaking'],
  ['response field became optional', (d) => (response(d).required = []), 'breaking'],
  ['response field changed', (d) => (response(d).properties.note.type = 'integer'), 'breaking'],
  ['response enum value added', (d) => response(d).properties.state.enum.push('old'), 'non-breaking'],
  ['status code added', (d) => (d.paths['/things'].post.responses['409'] = { description: 'taken' }), 'non-breaking'],
  ['status code removed', (d) => delete d.paths['/things'].post.responses['201'], 'breaking'],
  ['documentation changed', (d) => (d.paths['/things'].post.description = 'Makes a thing.'), 'docs-only'],
];

describe('classifyChanges', () => {
  for (const [change, edit, classification] of cases) {
    it(`${change} is ${classification}`, () => {
      const after = base();
      edit(after);
      const changes = classifyChanges(base(), after);
      expect(changes.map((c: Json) => [c.change, c.classification])).toContainEqual([change, classification]);
      expect(RULES[change as keyof typeof RULES]).toBe(classification);
    });
  }

  it('reports a field added as required once, not also as "became required"', () => {
    const after = base();
    request(after).properties.size = { type: 'integer' };
    request(after).required.push('size');
    expect(classifyChanges(base(), after).map((c: Json) => c.change)).toEqual(['request field added (required)']);
  });

  it('finds nothing between equal documents', () => {
    expect(classifyChanges(base(), base())).toEqual([]);
  });
});

describe('bumpFor', () => {
  it('asks for minor on a breaking change while 0.x, major from 1.0', () => {
    expect([bumpFor('breaking', '0.3.1'), bumpFor('non-breaking', '0.3.1'), bumpFor('docs-only', '0.3.1')]).toEqual(['minor', 'patch', 'patch']);
    expect([bumpFor('breaking', '1.2.0'), bumpFor('non-breaking', '1.2.0'), bumpFor('docs-only', '1.2.0')]).toEqual(['major', 'minor', 'patch']);
  });
});
