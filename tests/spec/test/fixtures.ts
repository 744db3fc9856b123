// Fixture documents for spec:update, each made from the current bundle by one change users would notice. What a
// fixture expects is written once here: the change it makes, its class, and what the regenerated types show.
import { operationsOf } from '../../../scripts/openapi-document.mjs';
import { currentBundle, currentDescription } from './scratch-repo.js';

type Json = Record<string, any>;
export interface OverlayAction {
  target: string;
  update?: Json;
  remove?: boolean;
}

export interface Fixture {
  name: string;
  document: Json;
  /** One of the report's changes: `change`, `operation` and (a part of) `subject`. */
  expected: { change: string; operation?: string; subject?: string };
  classification: 'breaking' | 'non-breaking' | 'docs-only';
  /** The bump at 0.x. */
  bump: 'minor' | 'patch';
  /** Text the regenerated types contain, or lose. */
  types: { gains?: string; loses?: string };
  /** The maintainer's part of the change in our overlays (drop the actions of a removed operation, …). */
  adjustOverlays?: (actions: OverlayAction[]) => OverlayAction[];
}

const schemaName = (ref: string) => ref.split('/').pop() as string;

/** Names of every property that some named example value sets, anywhere in the document. */
function exampleKeys(document: Json): Set<string> {
  const keys = new Set<string>();
  const collect = (value: unknown) => {
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        keys.add(key);
        collect(inner);
      }
    }
  };
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const examples = (node as Json).examples;
    if (examples && typeof examples === 'object' && !Array.isArray(examples)) {
      for (const example of Object.values(examples as Json)) collect((example as Json)?.value);
    }
    for (const inner of Object.values(node)) walk(inner);
  };
  walk(document);
  return keys;
}

/** The schemas an operation part refers to, transitively. */
function schemasUnder(document: Json, node: unknown, found = new Set<string>()): Set<string> {
  if (!node || typeof node !== 'object') return found;
  const ref = (node as Json).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
    const name = schemaName(ref);
    if (!found.has(name)) {
      found.add(name);
      schemasUnder(document, document.components.schemas[name], found);
    }
    return found;
  }
  if (typeof ref === 'string') {
    const target = ref
      .slice(2)
      .split('/')
      .reduce((at: Json | undefined, key) => at?.[key], document);
    return schemasUnder(document, target, found);
  }
  for (const inner of Object.values(node)) schemasUnder(document, inner, found);
  return found;
}

/** The document's operations, with the fixtures' loose typing. */
function operations(document: Json) {
  return operationsOf(document) as { method: string; path: string; operation: Json }[];
}

function requestAndResponseSchemas(document: Json) {
  const request = new Set<string>();
  const response = new Set<string>();
  for (const { operation } of operations(document)) {
    schemasUnder(document, [operation.parameters, operation.requestBody], request);
    schemasUnder(document, operation.responses, response);
  }
  return { request, response };
}

function operationAdded(document: Json, bundle: Json): Fixture {
  const invoiceItem = document.paths['/invoices/{id}'];
  document.paths['/invoices/{id}/pdf'] = {
    get: {
      operationId: 'getInvoicePdf',
      summary: 'Download invoice PDF',
      tags: ['Invoices'],
      security: invoiceItem.get.security,
      parameters: [...(invoiceItem.parameters ?? []), ...(invoiceItem.get.parameters ?? [])],
      responses: {
        '200': {
          description: 'The invoice as a PDF.',
          content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
        },
        '401': invoiceItem.get.responses['401'],
      },
    },
  };
  return {
    name: 'an operation added',
    document,
    expected: { change: 'operation added', operation: 'GET /invoices/{id}/pdf' },
    classification: 'non-breaking',
    bump: 'patch',
    types: { gains: '"/invoices/{id}/pdf": {' },
  };
}

function operationRemoved(document: Json, bundle: Json): Fixture {
  const { path, method } = operations(document).find(
    ({ method, operation }) => method === 'delete' && operation.responses['204'],
  ) as { path: string; method: string };
  const removed = document.paths[path][method];
  delete document.paths[path][method];
  return {
    name: 'an operation removed',
    document,
    expected: { change: 'operation removed', operation: `${method.toUpperCase()} ${path}` },
    classification: 'breaking',
    bump: 'minor',
    types: { loses: `${removed.operationId}: {` },
    adjustOverlays: (actions) => actions.filter(({ target }) => !target.includes(`['${path}']['${method}']`)),
  };
}

function responseFieldRemoved(document: Json, bundle: Json): Fixture {
  const { request, response } = requestAndResponseSchemas(document);
  const used = exampleKeys(bundle);
  const candidates = [...response]
    .filter((name) => !request.has(name))
    .flatMap((name) => {
      const schema = document.components.schemas[name];
      return Object.keys(schema.properties ?? {})
        .filter((property) => !used.has(property) && !(schema.required ?? []).includes(property))
        .map((property) => ({ name, property }));
    });
  const chosen = candidates[0];
  if (!chosen) throw new Error('no optional response field that no example sets: pick another fixture');
  delete document.components.schemas[chosen.name].properties[chosen.property];
  const user = operations(document).find(({ operation }) =>
    schemasUnder(document, operation.responses).has(chosen.name),
  ) as { path: string; method: string };
  return {
    name: 'a response field removed',
    document,
    expected: {
      change: 'response field removed',
      operation: `${user.method.toUpperCase()} ${user.path}`,
      subject: chosen.property,
    },
    classification: 'breaking',
    bump: 'minor',
    types: { loses: `${chosen.property}?:` },
  };
}

function requiredRequestFieldAdded(document: Json, bundle: Json): Fixture {
  const schema = document.components.schemas.CreateCustomerRequest;
  schema.properties.accountReference = { type: 'string', description: 'The customer in your own ledger.' };
  schema.required = [...(schema.required ?? []), 'accountReference'];
  const bodies = operations(document)
    .filter(({ operation }) => operation.requestBody?.content?.['application/json']?.schema?.$ref === '#/components/schemas/CreateCustomerRequest')
    .map(({ path, method }) => `['${path}']['${method}']['requestBody']`);
  return {
    // Our named examples of that body now carry the field.
    adjustOverlays: (actions) =>
      actions.map((action) => {
        if (!bodies.some((body) => action.target.includes(body)) || !action.update?.examples) return action;
        for (const example of Object.values(action.update.examples) as Json[]) example.value.accountReference = 'RIV-001';
        return action;
      }),
    name: 'a required request field added',
    document,
    expected: { change: 'request field added (required)', operation: 'POST /customers', subject: 'accountReference' },
    classification: 'breaking',
    bump: 'minor',
    types: { gains: 'accountReference: string;' },
  };
}

function responseEnumValueAdded(document: Json, bundle: Json): Fixture {
  document.components.schemas.ClientType.enum.push('Partner');
  return {
    name: 'an enum value added to a response',
    document,
    expected: { change: 'response enum value added', subject: 'Partner' },
    classification: 'non-breaking',
    bump: 'patch',
    types: { gains: '"Partner"' },
  };
}

function requestEnumValueAdded(document: Json, bundle: Json): Fixture {
  document.components.schemas.ProductType.enum.push('Bundle');
  return {
    name: 'an enum value added to a request',
    document,
    expected: { change: 'request enum value added', operation: 'POST /products', subject: 'Bundle' },
    classification: 'non-breaking',
    bump: 'patch',
    types: { gains: '"Bundle"' },
  };
}

function descriptionChanged(document: Json, bundle: Json): Fixture {
  const operation = document.paths['/industries'].get;
  operation.description = `${operation.description ?? ''} Industries change rarely: cache the list.`.trim();
  return {
    name: 'a description changed',
    document,
    expected: { change: 'documentation changed', operation: 'GET /industries' },
    classification: 'docs-only',
    bump: 'patch',
    types: { gains: 'Industries change rarely: cache the list.' },
  };
}

const makers = [
  operationAdded,
  operationRemoved,
  responseFieldRemoved,
  requiredRequestFieldAdded,
  responseEnumValueAdded,
  requestEnumValueAdded,
  descriptionChanged,
];

/** One fixture per change, each made from a fresh copy of the description (examples come from the bundle). */
export async function fixtures(): Promise<Fixture[]> {
  const description = await currentDescription();
  const bundle = currentBundle();
  return makers.map((make) => make(structuredClone(description), bundle));
}
