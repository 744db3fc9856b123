// Types of openapi-document.mjs, for the TypeScript that imports it.
export const HTTP_METHODS: readonly ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
export type HttpMethod = (typeof HTTP_METHODS)[number];
export function resolveRef<T = unknown>(document: unknown, node: unknown): T;
export function operationsOf<Parameter = Record<string, unknown>>(
  document: unknown,
): { method: HttpMethod; path: string; operation: Record<string, unknown>; parameters: Parameter[] }[];
