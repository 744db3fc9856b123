// What a change of the API document means for someone who upgrades the SDK. api-smart-diff finds the changes
// (every $ref resolved, per operation); this table decides, for TypeScript users of our clients, which are
// breaking. Its own verdicts differ where our users differ from a wire client: a response field that disappears
// breaks code that reads it even though a server may drop it "safely".
import { apiCompare } from 'api-smart-diff';
import { HTTP_METHODS } from '../openapi-document.mjs';

/** change → class. `breaking`: code that compiled and worked may not; `docs-only`: nothing users can observe. */
export const RULES = {
  'operation added': 'non-breaking',
  'operation removed': 'breaking',
  'parameter added (required)': 'breaking',
  'parameter added (optional)': 'non-breaking',
  'parameter removed': 'breaking',
  'parameter became required': 'breaking',
  'parameter became optional': 'non-breaking',
  'parameter changed': 'breaking',
  'parameter enum value added': 'non-breaking',
  'parameter enum value removed': 'breaking',
  'request field added (required)': 'breaking',
  'request field added (optional)': 'non-breaking',
  'request field removed': 'breaking',
  'request field became required': 'breaking',
  'request field became optional': 'non-breaking',
  'request field changed': 'breaking',
  'request enum value added': 'non-breaking',
  'request enum value removed': 'breaking',
  'response field added': 'non-breaking',
  'response field removed': 'breaking',
  'response field became required': 'non-breaking',
  'response field became optional': 'breaking',
  'response field changed': 'breaking',
  'response enum value added': 'non-breaking',
  'response enum value removed': 'non-breaking',
  'status code added': 'non-breaking',
  'status code removed': 'breaking',
  'documentation changed': 'docs-only',
};

export const CLASSES = ['breaking', 'non-breaking', 'docs-only'];

/** The bump a class asks for: while the packages are 0.x a breaking change is a minor release. */
export function bumpFor(classification, version) {
  const major = Number(String(version).split('.')[0]);
  const table =
    major >= 1
      ? { breaking: 'major', 'non-breaking': 'minor', 'docs-only': 'patch' }
      : { breaking: 'minor', 'non-breaking': 'patch', 'docs-only': 'patch' };
  return table[classification];
}

const METHODS = new Set(HTTP_METHODS);
const DOCUMENTATION = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', 'deprecated']);

/** The node at `path` in `document`, following `#/` references on the way. */
function nodeAt(document, path) {
  let node = document;
  for (const key of path) {
    node = resolve(document, node);
    if (node === undefined || node === null) return undefined;
    node = node[key];
  }
  return resolve(document, node);
}

function resolve(document, node) {
  let current = node;
  for (let hops = 0; hops < 64 && current && typeof current.$ref === 'string'; hops++) {
    if (!current.$ref.startsWith('#/')) return current;
    current = current.$ref
      .slice(2)
      .split('/')
      .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((at, key) => at?.[key], document);
  }
  return current;
}

/** `['properties','data','items','properties','memo']` → `data[].memo`. */
function fieldName(schemaPath) {
  let name = '';
  for (let i = 0; i < schemaPath.length; i++) {
    if (schemaPath[i] === 'properties' && i + 1 < schemaPath.length) name += `${name ? '.' : ''}${schemaPath[++i]}`;
    else if (schemaPath[i] === 'items') name += '[]';
  }
  return name || '(body)';
}

/** Whether `field` is in the `required` list of the object schema at `objectPath`. */
function isRequired(document, objectPath, field) {
  const object = nodeAt(document, objectPath);
  return Array.isArray(object?.required) && object.required.includes(field);
}

/**
 * One api-smart-diff change as `{ change, operation, where, subject }`, `change` being a key of RULES; undefined for
 * a component's own entry.
 */
function describeChange(diff, before, after) {
  const { path, action } = diff;
  // A component's change is reported by each operation that uses it; info, tags and servers are prose to users.
  if (path[0] === 'components') return undefined;
  if (path[0] !== 'paths' || path.length < 3) {
    return { change: 'documentation changed', operation: 'the document', where: path.join('.') };
  }
  const [, route, method] = path;
  if (!METHODS.has(method)) return { change: 'documentation changed', operation: route, where: path.slice(2).join('.') };
  const operation = `${method.toUpperCase()} ${route}`;
  const rest = path.slice(3);
  const last = path.at(-1);
  const documentation = { change: 'documentation changed', operation, where: rest.join('.') };

  if (rest.length === 0) return { change: action === 'add' ? 'operation added' : 'operation removed', operation };
  if (rest.some((key) => DOCUMENTATION.has(key) || String(key).startsWith('x-'))) return documentation;
  if (diff.type === 'annotation') return documentation;

  if (rest[0] === 'parameters') {
    const parameter = nodeAt(action === 'remove' ? before : after, path.slice(0, 5));
    const subject = parameter ? `${parameter.in} parameter \`${parameter.name}\`` : 'a parameter';
    if (rest.length === 2) {
      if (action === 'remove') return { change: 'parameter removed', operation, subject };
      return { change: `parameter added (${parameter?.required ? 'required' : 'optional'})`, operation, subject };
    }
    const enumAt = rest.lastIndexOf('enum');
    if (enumAt === rest.length - 2 && (action === 'add' || action === 'remove')) {
      const value = action === 'add' ? diff.after : diff.before;
      const change = `parameter enum value ${action === 'add' ? 'added' : 'removed'}`;
      return { change, operation, subject: `${subject} value \`${value}\`` };
    }
    if (last === 'required') {
      const required = nodeAt(after, path) === true;
      return { change: required ? 'parameter became required' : 'parameter became optional', operation, subject };
    }
    return { change: 'parameter changed', operation, subject, where: rest.slice(2).join('.') };
  }

  const side = rest[0] === 'requestBody' ? 'request' : rest[0] === 'responses' ? 'response' : undefined;
  if (!side) return documentation;
  if (side === 'response' && rest.length === 2) {
    return { change: action === 'add' ? 'status code added' : 'status code removed', operation, subject: rest[1] };
  }
  const schemaAt = rest.indexOf('schema');
  if (schemaAt < 0) return { change: `${side} field changed`, operation, where: rest.join('.') };
  const schemaPath = rest.slice(schemaAt + 1);
  const status = side === 'response' ? ` (${rest[1]})` : '';
  const document = action === 'remove' ? before : after;
  const enumAt = schemaPath.lastIndexOf('enum');
  if (enumAt >= 0 && enumAt === schemaPath.length - 2) {
    const value = action === 'remove' ? diff.before : diff.after;
    const subject = `\`${fieldName(schemaPath.slice(0, enumAt))}\` value \`${value}\`${status}`;
    if (action === 'add' || action === 'remove') {
      return { change: `${side} enum value ${action === 'add' ? 'added' : 'removed'}`, operation, subject };
    }
  }
  if (schemaPath.at(-2) === 'required' && (action === 'add' || action === 'remove')) {
    const field = action === 'add' ? diff.after : diff.before;
    const subject = `\`${[fieldName(schemaPath.slice(0, -2)), field].filter((part) => part !== '(body)').join('.')}\`${status}`;
    return { change: `${side} field became ${action === 'add' ? 'required' : 'optional'}`, operation, subject };
  }
  if (schemaPath.at(-2) === 'properties' && (action === 'add' || action === 'remove')) {
    const subject = `\`${fieldName(schemaPath)}\`${status}`;
    if (action === 'remove') return { change: `${side} field removed`, operation, subject };
    if (side === 'response') return { change: 'response field added', operation, subject };
    const required = isRequired(document, path.slice(0, -2), schemaPath.at(-1));
    return { change: `request field added (${required ? 'required' : 'optional'})`, operation, subject };
  }
  return { change: `${side} field changed`, operation, subject: `\`${fieldName(schemaPath)}\`${status}`, where: schemaPath.join('.') };
}

/** Every change between two bundled documents, described and classified, in a stable order. */
export function classifyChanges(before, after) {
  const { diffs } = apiCompare(before, after);
  const changes = diffs
    .map((diff) => describeChange(diff, before, after))
    .filter((change) => change !== undefined)
    .map((change) => ({ ...change, classification: RULES[change.change] }));
  const key = (change) => `${CLASSES.indexOf(change.classification)}|${change.change}|${change.subject ?? ''}|${change.operation}`;
  // A field that is added as required is one change, not also "became required".
  const added = new Set(changes.filter((c) => c.change.includes('field added')).map((c) => `${c.operation}|${c.subject}`));
  const unique = new Map(
    changes
      .filter((c) => !(c.change.endsWith('became required') && added.has(`${c.operation}|${c.subject}`)))
      .map((change) => [key(change), change]),
  );
  return [...unique.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, change]) => change);
}

/** The strongest class among `changes`, or undefined when there are none. */
export function overallClass(changes) {
  return CLASSES.find((classification) => changes.some((change) => change.classification === classification));
}
