// Reading a bundled OpenAPI document: its local references and its operations. The one reader for what walks the
// spec: the spec pipeline, provenance, the mock's generator, the contract suite and the web example's msw setup.

export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

/**
 * `node`, or the node its `#/…` reference names in `document` (following references of references). A bundle has
 * no other references: one elsewhere, or one that names nothing, is an error.
 */
export function resolveRef(document, node) {
  let current = node;
  while (typeof current === 'object' && current !== null && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local references are expected in the bundle: ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((step) => step.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((at, key) => at?.[key], document);
    if (current === undefined) throw new Error(`Unresolvable reference ${ref}`);
  }
  return current;
}

/**
 * Every operation of `document`, in document order: its method, path and the operation itself, with its
 * parameters resolved and the path item's merged in (an operation's own parameter replaces the path item's of the
 * same name and place).
 */
export function operationsOf(document) {
  return Object.entries(document.paths ?? {}).flatMap(([path, rawItem]) => {
    const item = resolveRef(document, rawItem);
    const shared = (item.parameters ?? []).map((parameter) => resolveRef(document, parameter));
    return HTTP_METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method];
      const own = (operation.parameters ?? []).map((parameter) => resolveRef(document, parameter));
      const overridden = new Set(own.map((parameter) => `${parameter.in}:${parameter.name}`));
      const parameters = [
        ...shared.filter((parameter) => !overridden.has(`${parameter.in}:${parameter.name}`)),
        ...own,
      ];
      return { method, path, operation, parameters };
    });
  });
}
