// The operations of the bundled spec (packages/mock/spec/dolfin.yaml), read once, with every local $ref resolved.
import { readFileSync } from 'node:fs';
import { bundledSpecPath } from '@dolfinai/mock';
import { parse } from 'yaml';
import { type HttpMethod, operationsOf, resolveRef } from '../../../scripts/openapi-document.mjs';

/** Who may call an operation, from its `security`: the client the contract suite calls it with. */
export type Caller = 'public' | 'server' | 'browser';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  example?: unknown;
  schema?: Schema;
}

export interface Schema {
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
}

interface Example {
  value?: unknown;
}

export interface MediaType {
  schema?: Schema;
  examples?: Record<string, Example>;
  encoding?: Record<string, { contentType?: string }>;
}

interface Response {
  content?: Record<string, MediaType>;
}

export interface Operation {
  method: HttpMethod;
  path: string;
  operationId: string;
  tags: string[];
  /** Alternatives the operation accepts, each a set of scheme names; `[]` inside means "no credential". */
  security: string[][];
  parameters: Parameter[];
  requestBody: { required?: boolean; content: Record<string, MediaType> } | undefined;
  responses: Record<string, Response>;
}

type Json = Record<string, unknown>;

/** The bundled spec as parsed, for checks that read the document itself. */
export const spec = parse(readFileSync(bundledSpecPath(), 'utf8')) as Json;

/** Follows `#/…` references (the bundle has no others) until a non-reference node. */
export function resolve<T>(node: T | { $ref: string }): T {
  return resolveRef<T>(spec, node);
}

/** Every operation of the bundled spec, in document order; path-item parameters merged into each operation's. */
export function specOperations(): Operation[] {
  return operationsOf<Parameter>(spec).map(({ method, path, operation: raw, parameters }) => ({
    method,
    path,
    operationId: String(raw.operationId),
    tags: (raw.tags as string[] | undefined) ?? [],
    security: ((raw.security ?? spec.security ?? []) as Json[]).map((requirement) =>
      Object.keys(requirement),
    ),
    parameters,
    requestBody: raw.requestBody ? resolve(raw.requestBody as Operation['requestBody'] & object) : undefined,
    responses: Object.fromEntries(
      Object.entries(raw.responses as Json).map(([status, response]) => [
        status,
        resolve(response as Response),
      ]),
    ),
  }));
}

/**
 * The clients that may call an operation: the server client for API-key routes, the browser client for bearer
 * routes, both for routes that take either, and a client without a credential for public routes.
 */
export function callersOf(operation: Operation): Caller[] {
  const alternatives = operation.security;
  if (alternatives.length === 0 || alternatives.some((schemes) => schemes.length === 0)) return ['public'];
  const callers: Caller[] = [];
  if (alternatives.some((schemes) => schemes.length === 1 && schemes[0] === 'ApiKey')) callers.push('server');
  if (alternatives.some((schemes) => schemes.length === 1 && schemes[0] === 'BearerAuth'))
    callers.push('browser');
  if (callers.length === 0) {
    throw new Error(`${operation.operationId}: no client sends security ${JSON.stringify(alternatives)}`);
  }
  return callers;
}

/** The documented success response: the one 2xx status every operation declares. */
export function successOf(operation: Operation): {
  status: number;
  content: [string, MediaType] | undefined;
} {
  const statuses = Object.keys(operation.responses).filter((status) => /^2\d\d$/.test(status));
  if (statuses.length !== 1) {
    throw new Error(
      `${operation.operationId}: expected one 2xx response, found ${statuses.join(', ') || 'none'}`,
    );
  }
  const status = statuses[0] as string;
  const content = Object.entries(operation.responses[status]?.content ?? {})[0];
  return { status: Number(status), content };
}

/** The value of a media type's first named example (the one Prism answers with). */
export function firstExample(media: MediaType, where: string): unknown {
  const [named] = Object.values(media.examples ?? {});
  const first = named && resolve(named);
  if (!first || !('value' in first)) throw new Error(`${where}: no named example`);
  return first.value;
}
