// Request validation against the operation's parameters and JSON body schema, with ajv (which Prism brings
// too), so an invalid request gets the same 400 problem as from Prism, with the offending fields named.

import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchema, OperationData, ParameterData, SpecData } from './spec-data.js';

/** One problem with a request: the field (`email`, `lineItems[0].quantity`, a parameter name) and why. */
export interface FieldError {
  field: string;
  message: string;
}

/** The request as read once by the handler: its parsed body, if any. */
export interface ReadBody {
  mediaType: string | undefined;
  /** The parsed JSON, the form fields, or the text; undefined for no body. */
  value: unknown;
  /** The body claimed JSON but did not parse. */
  malformed: boolean;
}

const specId = 'https://dolfin.mock/spec';
/** OpenAPI formats that constrain nothing a JSON value can break beyond its type. */
const openApiFormats = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'];

type Validators = {
  body: Ajv2020.default;
  parameters: Ajv2020.default;
  cache: Map<string, ValidateFunction>;
};
const validatorsBySpec = new WeakMap<SpecData, Validators>();

/** The spec's schemas compiled on first use: loading the entry point stays cheap, and only called operations compile. */
function validators(spec: SpecData): Validators {
  let existing = validatorsBySpec.get(spec);
  if (!existing) {
    const make = (coerceTypes: boolean | 'array') => {
      const ajv = new Ajv2020.default({ strict: false, allErrors: true, coerceTypes, logger: false });
      addFormats.default(ajv);
      for (const format of openApiFormats) ajv.addFormat(format, true);
      ajv.addSchema({ $id: specId, components: { schemas: spec.schemas } });
      return ajv;
    };
    existing = { body: make(false), parameters: make('array'), cache: new Map() };
    validatorsBySpec.set(spec, existing);
  }
  return existing;
}

/** The validator cached under `key`; `schemaOf` is only called to compile it the first time. */
function compiled(
  spec: SpecData,
  key: string,
  schemaOf: () => JsonSchema,
  kind: 'body' | 'parameters',
): ValidateFunction {
  const compilers = validators(spec);
  let validate = compilers.cache.get(key);
  if (!validate) {
    validate = compilers[kind].compile(withSpecBase(schemaOf()));
    compilers.cache.set(key, validate);
  }
  return validate;
}

/** `#/components/…` references resolved against the spec schema registered under `specId`. */
function withSpecBase(schema: unknown): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${specId}#/components/`));
}

/** Every way the request breaks the operation's parameters and body; empty when it is valid. */
export function validateRequest(
  spec: SpecData,
  operation: OperationData,
  request: Request,
  pathParams: Record<string, string | readonly string[] | undefined>,
  body: ReadBody,
): FieldError[] {
  const url = new URL(request.url);
  const errors: FieldError[] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    if (parameters.length === 0) continue;
    const values: Record<string, unknown> = {};
    for (const parameter of parameters) {
      const value = parameterValue(parameter, location, url, request, pathParams);
      if (value !== undefined) values[parameter.name] = value;
    }
    const schemaOf = () => ({
      type: 'object',
      properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
      required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    });
    const validate = compiled(spec, `${operation.operationId} ${location}`, schemaOf, 'parameters');
    if (!validate(values)) errors.push(...fieldErrors(validate.errors ?? [], ''));
  }
  errors.push(...bodyErrors(spec, operation, body));
  return errors;
}

function parameterValue(
  parameter: ParameterData,
  location: 'path' | 'query' | 'header',
  url: URL,
  request: Request,
  pathParams: Record<string, string | readonly string[] | undefined>,
): unknown {
  if (location === 'path') return pathParams[parameter.name];
  if (location === 'header') return request.headers.get(parameter.name) ?? undefined;
  const all = url.searchParams.getAll(parameter.name);
  if (all.length === 0) return undefined;
  return parameter.schema.type === 'array' ? all : all[0];
}

function bodyErrors(spec: SpecData, operation: OperationData, body: ReadBody): FieldError[] {
  const declared = operation.requestBody;
  if (!declared) return [];
  if (body.malformed) return [{ field: 'body', message: 'The request body is not valid JSON.' }];
  if (body.value === undefined) {
    return declared.required ? [{ field: 'body', message: 'A request body is required.' }] : [];
  }
  const [mediaType, media] =
    Object.entries(declared.content).find(([type]) => type === body.mediaType) ??
    Object.entries(declared.content)[0] ??
    [];
  if (!mediaType || !media) return [];
  if (mediaType === 'multipart/form-data') {
    // Parts are strings and files, not JSON: only check that the required parts are there.
    const fields = body.value as Record<string, unknown>;
    const required = (media.schema.required as string[] | undefined) ?? [];
    return required
      .filter((name) => !(name in fields))
      .map((name) => ({ field: name, message: `${name} is required.` }));
  }
  if (!mediaType.includes('json')) return [];
  const validate = compiled(spec, `${operation.operationId} body ${mediaType}`, () => media.schema, 'body');
  return validate(body.value) ? [] : fieldErrors(validate.errors ?? [], 'body');
}

/** ajv's errors as field → message: `lineItems[0].quantity must be >= 1`; `root` names a top-level failure. */
function fieldErrors(errors: readonly ErrorObject[], root: string): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    // oneOf/anyOf report every branch and then themselves: the summary is enough.
    if (
      errors.some(
        (other) =>
          other !== error &&
          ['oneOf', 'anyOf'].includes(other.keyword) &&
          error.schemaPath.startsWith(other.schemaPath.replace(/\/(oneOf|anyOf)$/, '/$1/')),
      )
    )
      continue;
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
    if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
    const field = fieldName(segments) || root;
    const message = messageOf(field, error);
    if (seen.has(`${field}\n${message}`)) continue;
    seen.add(`${field}\n${message}`);
    result.push({ field, message });
  }
  return result;
}

function fieldName(segments: string[]): string {
  return segments.reduce(
    (name, segment) =>
      /^\d+$/.test(segment) ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment,
    '',
  );
}

function messageOf(field: string, error: ErrorObject): string {
  const name = field || 'The request body';
  switch (error.keyword) {
    case 'required':
      return `${name} is required.`;
    case 'type':
      return `${name} must be of type ${[error.params.type].flat().join(' or ')}.`;
    case 'format':
      return `${name} must be a valid ${error.params.format}.`;
    case 'enum':
      return `${name} must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}.`;
    case 'additionalProperties':
      return `${name} has an unknown property ${error.params.additionalProperty}.`;
    default:
      return `${name} ${error.message ?? 'is invalid'}.`;
  }
}
