import { ORGANISATION_HEADER } from '@dolfinai/browser';
import { callersOf, specOperations } from '../../../tests/contract/test/spec-operations.js';

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

/**
 * Reads the bundled spec (the one the mock serves, through the contract suite's reader) and returns a lookup
 * from a request's method and path to what the spec requires of it, or undefined for a request that matches no
 * operation.
 */
export async function loadRequirements(): Promise<
  (method: string, pathname: string) => Requirement | undefined
> {
  const routes = specOperations()
    .map((operation) => {
      const callers = callersOf(operation);
      return {
        method: operation.method,
        pattern: new RegExp(
          `^${operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
        ),
        // Literal segments win over parameters: /invoices/search before /invoices/{id}.
        parameterCount: operation.path.split('{').length - 1,
        requirement: {
          operation: `${operation.method.toUpperCase()} ${operation.path}`,
          isPublic: callers.includes('public'),
          acceptsBearer: callers.includes('browser'),
          needsOrganisation: operation.parameters.some(
            (parameter) =>
              parameter.in === 'header' &&
              parameter.name.toLowerCase() === ORGANISATION_HEADER &&
              parameter.required === true,
          ),
        },
      };
    })
    .sort((left, right) => left.parameterCount - right.parameterCount);

  return (method, pathname) =>
    routes.find((route) => route.method === method.toLowerCase() && route.pattern.test(pathname))
      ?.requirement;
}
