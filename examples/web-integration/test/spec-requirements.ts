import { readFile } from 'node:fs/promises';
import { bundledSpecPath } from '@dolfinai/mock';
import { parse } from 'yaml';

/** What the spec asks of a request to one operation, as far as a browser is concerned. */
export interface Requirement {
  /** `GET /invoices`, as the spec names it. */
  operation: string;
  /** The operation needs no credential (`security: []`), like the code exchange. */
  isPublic: boolean;
  /** A bearer token is one of the credentials it accepts. */
  acceptsBearer: boolean;
  /** It requires `x-dolfin-organisation-id`. */
  needsOrganisation: boolean;
}

interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
}
interface Operation {
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
}
type PathItem = Record<string, Operation> & { parameters?: Parameter[] };
interface Spec {
  paths: Record<string, PathItem>;
  components: { parameters: Record<string, Parameter> };
}

/**
 * Reads the bundled spec (the one the mock serves) and returns a lookup from a request's method and path to
 * what the spec requires of it, or undefined for a request that matches no operation.
 */
export async function loadRequirements(): Promise<
  (method: string, pathname: string) => Requirement | undefined
> {
  const spec = parse(await readFile(bundledSpecPath(), 'utf8')) as Spec;
  const resolve = (parameter: Parameter): Parameter =>
    parameter.$ref
      ? (spec.components.parameters[parameter.$ref.split('/').pop() ?? ''] ?? parameter)
      : parameter;
  const routes = Object.entries(spec.paths)
    .map(([path, item]) => ({
      path,
      item,
      pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      // Literal segments win over parameters: /invoices/search before /invoices/{id}.
      parameterCount: path.split('{').length - 1,
    }))
    .sort((left, right) => left.parameterCount - right.parameterCount);

  return (method, pathname) => {
    const route = routes.find(({ pattern }) => pattern.test(pathname));
    const operation = route?.item[method.toLowerCase()];
    if (!route || !operation) return undefined;
    const parameters = [...(route.item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
    const security = operation.security ?? [];
    return {
      operation: `${method.toUpperCase()} ${route.path}`,
      isPublic:
        security.length === 0 || security.some((alternative) => Object.keys(alternative).length === 0),
      acceptsBearer: security.some((alternative) => 'BearerAuth' in alternative),
      needsOrganisation: parameters.some(
        (parameter) =>
          parameter.in === 'header' &&
          parameter.name?.toLowerCase() === 'x-dolfin-organisation-id' &&
          parameter.required === true,
      ),
    };
  };
}
