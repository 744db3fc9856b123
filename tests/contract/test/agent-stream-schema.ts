// Checks an agent frame's data against the spec's `AgentStreamEvent` (the bundle's `contentSchema` of the agent
// endpoints' text/event-stream body). A small structural check of the keywords those frame schemas use: oneOf,
// type, required, properties, const and additionalProperties: false.
import { resolve } from './spec-operations.js';

interface FrameSchema {
  $ref?: string;
  oneOf?: FrameSchema[];
  type?: string | string[];
  required?: string[];
  properties?: Record<string, FrameSchema>;
  const?: unknown;
  additionalProperties?: boolean;
}

const streamEvent: FrameSchema = { $ref: '#/components/schemas/AgentStreamEvent' };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
}

function matches(schemaOrRef: FrameSchema, value: unknown): boolean {
  const schema = resolve<FrameSchema>(schemaOrRef as FrameSchema & { $ref: string });
  if (schema.oneOf) return schema.oneOf.filter((option) => matches(option, value)).length === 1;
  if ('const' in schema && schema.const !== value) return false;
  if (schema.type) {
    const types = ([] as string[]).concat(schema.type);
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return false;
  }
  if (typeOf(value) !== 'object') return true;
  const object = value as Record<string, unknown>;
  if (schema.required?.some((name) => !(name in object))) return false;
  const properties = schema.properties ?? {};
  if (schema.additionalProperties === false && Object.keys(object).some((name) => !(name in properties)))
    return false;
  return Object.entries(properties).every(
    ([name, property]) => !(name in object) || matches(property, object[name]),
  );
}

/** Whether `data` is exactly one of the `AgentStreamEvent` frames. */
export function isAgentStreamEvent(data: unknown): boolean {
  return matches(streamEvent, data);
}

/** The `contentSchema` of a text/event-stream body, as bundled (a `$ref` into components). */
export function eventSchemaOf(operation: { responses: Record<string, unknown> }): unknown {
  const media = (
    operation.responses['200'] as { content?: Record<string, { schema?: { contentSchema?: unknown } }> }
  )?.content?.['text/event-stream'];
  return media?.schema?.contentSchema;
}
