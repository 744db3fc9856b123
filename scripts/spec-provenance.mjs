// `pnpm spec:provenance`: how much of the bundled spec is traced to the docs. Per tag and in total: operations,
// operations with a docs link (`externalDocs.url`), and the nodes marked `x-dolfin-inferred` by kind. A node
// reached from several operations counts once per tag and once in the total.
// `--json` prints the figures as JSON; `--check` fails when an operation has no docs link or a schema puts
// `required` beside `allOf` (other generators drop it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { operationsOf } from './openapi-document.mjs';

const INFERRED = 'x-dolfin-inferred';

/** What an annotated node is, from where it stands: the last meaningful step of its JSON path. */
export function kindOf(path) {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (path.length === 3 && path[0] === 'paths') return 'operation';
  if (parent === 'properties') return 'property';
  if (parent === 'parameters' || (path[0] === 'components' && path[1] === 'parameters')) return 'parameter';
  if (parent === 'headers') return 'header';
  if (last === 'requestBody' || (path[0] === 'components' && path[1] === 'requestBodies'))
    return 'request body';
  if (parent === 'responses') return 'response';
  if (parent === 'examples') return 'example';
  return 'schema';
}

/** Every `x-dolfin-inferred` node below `node`, following `#/` references, as pointer → kind. */
function inferredBelow(spec, node, path, found, seen = new Set()) {
  if (typeof node !== 'object' || node === null) return found;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
    const target = node.$ref.slice(2).split('/').map(fromPointerStep);
    const pointer = node.$ref;
    if (seen.has(pointer)) return found;
    seen.add(pointer);
    return inferredBelow(
      spec,
      target.reduce((at, key) => at?.[key], spec),
      target,
      found,
      seen,
    );
  }
  const pointer = `#/${path.map(pointerStep).join('/')}`;
  if (typeof node[INFERRED] === 'string') found.set(pointer, kindOf(path));
  for (const [key, value] of Object.entries(node)) {
    if (key !== INFERRED) inferredBelow(spec, value, [...path, key], found, seen);
  }
  return found;
}

const pointerStep = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');
const fromPointerStep = (key) => key.replaceAll('~1', '/').replaceAll('~0', '~');

/** The figures `pnpm spec:provenance` prints. */
export function provenance(spec) {
  const tags = new Map();
  const everything = new Map();
  for (const { path, method, operation } of operationsOf(spec)) {
    const found = inferredBelow(spec, operation, ['paths', path, method], new Map());
    for (const [pointer, kind] of found) everything.set(pointer, kind);
    const tag = operation.tags?.[0] ?? '(untagged)';
    const entry = tags.get(tag) ?? { operations: 0, withDocs: 0, inferred: new Map() };
    entry.operations += 1;
    if (typeof operation.externalDocs?.url === 'string') entry.withDocs += 1;
    for (const [pointer, kind] of found) entry.inferred.set(pointer, kind);
    tags.set(tag, entry);
  }
  const summarise = ({ operations, withDocs, inferred }) => ({
    operations,
    withDocs,
    inferred: countByKind(inferred),
  });
  const perTag = Object.fromEntries(
    [...tags].sort(([a], [b]) => a.localeCompare(b)).map(([t, e]) => [t, summarise(e)]),
  );
  const operations = Object.values(perTag).reduce((sum, tag) => sum + tag.operations, 0);
  const withDocs = Object.values(perTag).reduce((sum, tag) => sum + tag.withDocs, 0);
  return { perTag, total: { operations, withDocs, inferred: countByKind(everything) } };
}

function countByKind(found) {
  const counts = { total: found.size };
  for (const kind of [...found.values()].sort()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** What `--check` refuses: operations without a docs link, `required` beside `allOf`. */
export function provenanceProblems(spec) {
  const problems = operationsOf(spec)
    .filter(({ operation }) => typeof operation.externalDocs?.url !== 'string')
    .map(
      ({ method, path }) =>
        `${method.toUpperCase()} ${path} has no externalDocs.url (the docs page it was checked against)`,
    );
  const visit = (node, path) => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node.allOf) && Array.isArray(node.required)) {
      problems.push(`#/${path.join('/')} puts required beside allOf (hey-api and orval drop it)`);
    }
    for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
  };
  visit(spec, []);
  return problems;
}

function format({ perTag, total }) {
  const kinds = [...new Set(Object.values(perTag).flatMap((tag) => Object.keys(tag.inferred)))]
    .filter((kind) => kind !== 'total')
    .sort();
  const header = ['tag', 'operations', 'docs link', 'inferred', ...kinds];
  const row = (name, figures) => [
    name,
    figures.operations,
    figures.withDocs,
    figures.inferred.total,
    ...kinds.map((kind) => figures.inferred[kind] ?? 0),
  ];
  const rows = [
    header,
    ...Object.entries(perTag).map(([tag, figures]) => row(tag, figures)),
    row('TOTAL', total),
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => String(cells[column]).length)));
  return rows
    .map((cells) =>
      cells
        .map((cell, column) => String(cell).padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundle = new URL('../packages/mock/spec/dolfin.yaml', import.meta.url);
  const spec = parse(readFileSync(bundle, 'utf8'));
  const figures = provenance(spec);
  console.log(process.argv.includes('--json') ? JSON.stringify(figures, null, 2) : format(figures));
  if (process.argv.includes('--check')) {
    const problems = provenanceProblems(spec);
    if (problems.length) {
      console.error(`\n${problems.length} provenance problem(s):\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
  }
}
