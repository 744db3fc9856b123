// The credential check Prism makes: a header is present, its value is never looked at.
import type { OperationData, SecuritySchemeData } from './spec-data.js';

/** How the request carries each security scheme of the spec that it carries, by scheme name. */
export function presentSchemes(request: Request, schemes: Record<string, SecuritySchemeData>): Set<string> {
  const present = new Set<string>();
  for (const [name, scheme] of Object.entries(schemes)) {
    if (
      scheme.type === 'apiKey' &&
      scheme.in === 'header' &&
      scheme.name &&
      request.headers.has(scheme.name)
    ) {
      present.add(name);
    }
    if (scheme.type === 'http' && scheme.scheme) {
      const [kind] = (request.headers.get('authorization') ?? '').trim().split(/\s+/);
      if (kind?.toLowerCase() === scheme.scheme.toLowerCase()) present.add(name);
    }
  }
  return present;
}

/** True when one of the operation's security alternatives is met (an empty alternative needs no credential). */
export function isAuthorised(operation: OperationData, present: ReadonlySet<string>): boolean {
  if (operation.security.length === 0) return true;
  return operation.security.some((alternative) => alternative.every((scheme) => present.has(scheme)));
}
