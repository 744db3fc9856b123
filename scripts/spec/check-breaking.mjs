// `pnpm check:breaking`: the pending changesets must ask for at least the bump that the change since the last
// release requires. The change is the spec's (the bundled spec now against the one released, classified by
// classify.mjs) and the TypeScript users' (the released typed call of every operation and the released example,
// type-checked against the packages as they are now, as Stainless does). openapi/released.json names the release.
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseYaml } from '@redocly/openapi-core';
import { publishedPackages } from '../published-packages.mjs';
import { bumpFor, CLASSES, classifyChanges, overallClass } from './classify.mjs';
import { layout, REPO_ROOT } from './layout.mjs';
import { changeReport } from './report.mjs';

const run = promisify(execFile);
const BUMPS = ['patch', 'minor', 'major'];

/** What the release shipped that TypeScript users wrote against: type-checked again by `tests/compat`. */
const RELEASED_SOURCES = [
  'tests/contract/src/generated/all-operations.ts',
  'examples/client-integration/src/flow.ts',
];

async function readRelease(root = REPO_ROOT) {
  return JSON.parse(await readFile(join(root, 'openapi/released.json'), 'utf8'));
}

async function atRelease(commit, file) {
  try {
    const { stdout } = await run('git', ['show', `${commit}:${file}`], { cwd: REPO_ROOT, maxBuffer: 64 << 20 });
    return stdout;
  } catch (error) {
    throw new Error(
      `cannot read ${file} at the released commit ${commit.slice(0, 12)} (a shallow clone? fetch the history): ${error.stderr?.trim() ?? error.message}`,
    );
  }
}

/** The bump each pending changeset asks for our published packages: the largest. */
async function pendingBump(changesets = layout().changesets) {
  const names = new Set(publishedPackages().map(({ name }) => name));
  let largest;
  for (const file of (await readdir(changesets)).filter((name) => name.endsWith('.md') && name !== 'README.md')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(await readFile(join(changesets, file), 'utf8'))?.[1] ?? '';
    for (const [, name, bump] of front.matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/gm)) {
      if (names.has(name) && BUMPS.indexOf(bump) > BUMPS.indexOf(largest)) largest = bump;
    }
  }
  return largest;
}

/** Type-checks the released sources against the current packages; the compiler's errors, or [] when they pass. */
async function typeErrorsOfRelease(commit) {
  const compat = join(REPO_ROOT, 'tests/compat');
  const baseline = join(compat, '.baseline');
  await rm(baseline, { recursive: true, force: true });
  for (const file of RELEASED_SOURCES) {
    await mkdir(dirname(join(baseline, file)), { recursive: true });
    await writeFile(join(baseline, file), await atRelease(commit, file));
  }
  try {
    await run(join(compat, 'node_modules/.bin/tsc'), ['--noEmit', '-p', compat], { maxBuffer: 64 << 20 });
    return [];
  } catch (error) {
    return `${error.stdout ?? ''}`.split('\n').filter((line) => line.includes('error TS'));
  }
}

async function checkBreaking() {
  const release = await readRelease();
  const before = parseYaml(await atRelease(release.commit, 'packages/mock/spec/dolfin.yaml'));
  const after = parseYaml(await readFile(layout().bundle, 'utf8'));
  const changes = classifyChanges(before, after);
  const typeErrors = await typeErrorsOfRelease(release.commit);
  const classification = typeErrors.length ? 'breaking' : overallClass(changes);
  const required = classification ? bumpFor(classification, release.version) : undefined;
  const pending = await pendingBump();
  const enough = !required || BUMPS.indexOf(pending) >= BUMPS.indexOf(required);
  return { release, changes, typeErrors, classification, required, pending, enough };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await checkBreaking();
  const since = `since ${result.release.version} (${result.release.commit.slice(0, 12)})`;
  const counts = CLASSES
    .map((c) => `${result.changes.filter((change) => change.classification === c).length} ${c}`)
    .join(', ');
  console.log(`Spec changes ${since}: ${counts}.`);
  if (result.typeErrors.length) {
    console.log(`The released typed calls and example no longer compile (${result.typeErrors.length} errors), e.g.:`);
    for (const line of result.typeErrors.slice(0, 5)) console.log(`  ${line}`);
  }
  if (!result.required) console.log('Nothing for users changed: no bump needed.');
  else console.log(`Required: ${result.required} (${result.classification}); pending changesets: ${result.pending ?? 'none'}.`);
  if (!result.enough) {
    console.error(`\n${changeReport(result.changes)}\n\ncheck:breaking: the pending changesets ask for ${result.pending ?? 'no'} release, but the change ${since} is ${result.classification}: add a changeset with at least "${result.required}" (pnpm changeset).`);
    process.exit(1);
  }
}
