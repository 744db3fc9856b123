// `pnpm spec:update [<file or URL>]`: follow a new Dolfin document. In a temporary copy: validate it, lay it out as
// our description (one file per path item and component, by `redocly split`), re-apply our overlays, lint, generate
// the mock's spec and the types, and classify every change against the current bundle. Only when all of that
// passed are openapi/ and the generated files replaced, the source recorded in openapi/UPSTREAM.md and a changeset
// written with the bump the change report asks for. A second run on the same document changes nothing.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseYaml, stringifyYaml } from '@redocly/openapi-core';
import { publishedPackages } from '../published-packages.mjs';
import { buildSpec, SpecBuildError } from './build.mjs';
import { changesetText, writeChangeset } from './changeset.mjs';
import { bumpFor, classifyChanges, overallClass } from './classify.mjs';
import { layout, REPO_ROOT } from './layout.mjs';
import { changeReport } from './report.mjs';
import { readSource, SpecSourceError } from './source.mjs';
import { runTool, ToolError } from './tools.mjs';

const run = promisify(execFile);

/** The files of the repository that the pipeline reads or writes, copied into `scratch`. */
async function copyWorkingSet(root, scratch) {
  const from = layout(root);
  const to = layout(scratch);
  await cp(from.openapi, to.openapi, { recursive: true });
  await cp(from.redoclyConfig, to.redoclyConfig);
  for (const file of [to.bundle, to.types]) await mkdir(dirname(file), { recursive: true });
}

/**
 * Structural validation of the new document alone: does it follow the OpenAPI schema and resolve its references?
 * Style and example rules come later, when our lint runs on the document with our overlays applied.
 */
async function validate(file, source, scratch) {
  const config = join(scratch, 'validate.redocly.yaml');
  await writeFile(config, 'telemetry: off\nrules:\n  struct: error\n  no-unresolved-refs: error\n');
  try {
    await runTool('redocly', ['lint', file, '--config', config, '--format', 'stylish'], scratch);
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    const problems = error.output.split('\n').slice(0, 40).join('\n');
    throw new SpecSourceError(`${source} is not a valid OpenAPI document:\n${problems}`);
  }
}

/** The new document as a file in `scratch`. YAML, since `redocly split` writes files in its input's format. */
async function writeIncoming(document, scratch) {
  const file = join(scratch, 'incoming.yaml');
  await writeFile(file, stringifyYaml(document, { noRefs: true, lineWidth: -1 }));
  return file;
}

/** Replaces the description in `scratch` by the document in `file`, one file per path item and component. */
async function layOut(file, scratch) {
  const paths = layout(scratch);
  const split = join(scratch, 'split');
  await runTool('redocly', ['split', file, '--outDir', split], scratch);
  for (const part of paths.descriptionParts) await rm(part, { recursive: true, force: true });
  await cp(join(split, 'openapi.yaml'), paths.description);
  for (const folder of ['paths', 'components']) await copyIfPresent(join(split, folder), join(paths.openapi, folder));
}

/** Copies `from` (a file, or a folder whole) to `to`; a `from` that does not exist is skipped. */
async function copyIfPresent(from, to) {
  await cp(from, to, { recursive: true }).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

function upstreamRecord({ source, fetchedAt, sha256 }) {
  return [
    '# Where `openapi/` comes from',
    '',
    'Written by `pnpm spec:update`; the description in this folder is this document, laid out one file per path',
    'item and component. Our additions live apart in `overlays/`.',
    '',
    '| | |',
    '| --- | --- |',
    `| source | ${source} |`,
    `| fetched | ${fetchedAt} |`,
    `| sha256 | \`${sha256}\` |`,
    '',
  ].join('\n');
}

const versionOf = (root) =>
  readFile(join(root, 'packages/types/package.json'), 'utf8').then((text) => JSON.parse(text).version);

/**
 * Follows `source`. Returns the classified changes, the report, the bump and the changeset written (none when
 * nothing changed). Throws SpecSourceError, SpecBuildError or OverlayError with the tree untouched.
 * @param {{ source?: string, root?: string }} [options] `source` defaults to Dolfin's document URL
 */
export async function updateSpec({ source, root = REPO_ROOT } = {}) {
  const paths = layout(root);
  const incoming = await readSource(source);
  const scratch = await mkdtemp(join(tmpdir(), 'dolfin-spec-update-'));
  try {
    await copyWorkingSet(root, scratch);
    const incomingFile = await writeIncoming(incoming.document, scratch);
    await validate(incomingFile, incoming.source, scratch);
    await layOut(incomingFile, scratch);
    await buildSpec(scratch);
    const target = layout(scratch);
    const before = await readFile(paths.bundle, 'utf8');
    const after = await readFile(target.bundle, 'utf8');
    const changes = classifyChanges(parseYaml(before), parseYaml(after));
    const classification = overallClass(changes);
    const report = changeReport(changes);
    // An identical bundle has no changes either: nothing to replace.
    if (before === after) return { changes, report, classification, bump: undefined };

    // Every step passed: replace the description and the generated files, then record and describe the change.
    for (const part of paths.descriptionParts) await rm(part, { recursive: true, force: true });
    for (const [i, part] of target.descriptionParts.entries()) await copyIfPresent(part, paths.descriptionParts[i]);
    await cp(target.bundle, paths.bundle);
    await cp(target.types, paths.types);
    await writeFile(paths.upstream, upstreamRecord(incoming));
    const bump = bumpFor(classification ?? 'docs-only', await versionOf(root));
    const changeset = await writeChangeset(
      paths.changesets,
      `spec-update-${incoming.sha256.slice(0, 8)}`,
      changesetText({
        packages: publishedPackages().map(({ name }) => name),
        bump,
        summary: `Follows Dolfin's API document (${incoming.source}, sha256 ${incoming.sha256.slice(0, 12)}…).`,
        report,
      }),
    );
    return { changes, report, classification, bump, changeset };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = process.argv[2];
  const started = Date.now();
  try {
    const result = await updateSpec({ source });
    console.log(result.report);
    if (!result.bump) {
      console.log('\nThe document matches openapi/: nothing changed.');
    } else {
      console.log(`\n${result.classification ?? 'no API'} change → ${result.bump} release; changeset ${relative(REPO_ROOT, result.changeset)}`);
      // The bundle and types are in place already; the rest of `pnpm generate` (the mock's build, the typed call
      // of every operation) follows them.
      await run('pnpm', ['run', 'generate:from-spec'], { cwd: REPO_ROOT, maxBuffer: 64 << 20 });
    }
    console.log(`spec:update took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const known = error instanceof SpecSourceError || error instanceof SpecBuildError || error?.name === 'OverlayError';
    console.error(`spec:update: ${known ? error.message : error?.stack ?? error}\nopenapi/ and the generated files are unchanged.`);
    process.exit(1);
  }
}
