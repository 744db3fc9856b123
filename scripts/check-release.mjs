// The release flow, checked without publishing:
// 1. the changesets fixed group is exactly the published packages, so they always share a version;
// 2. `changeset status`: a change to a published package since the base branch needs a changeset;
// 3. `changeset version` on a scratch copy: every published package moves to the same expected version with a
//    changelog entry for each pending changeset, and nothing else changes version. With no changeset pending, the
//    copy gets a patch changeset for @dolfinai/types alone, which must still bump all five.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { publishedPackages, repositoryRoot } from './published-packages.mjs';

const changeset = join(repositoryRoot, 'node_modules', '.bin', 'changeset');
const config = JSON.parse(readFileSync(join(repositoryRoot, '.changeset', 'config.json'), 'utf8'));
const published = publishedPackages();
const publishedNames = published.map(({ name }) => name);
const bumps = ['patch', 'minor', 'major'];
const problems = [];

const fixed = config.fixed.flat();
if (
  config.fixed.length !== 1 ||
  fixed.length !== publishedNames.length ||
  !publishedNames.every((name) => fixed.includes(name))
) {
  problems.push(`.changeset/config.json must hold one fixed group of exactly ${publishedNames.join(', ')}`);
}

const status = spawnSync(changeset, ['status', ...sinceArguments()], {
  cwd: repositoryRoot,
  stdio: 'inherit',
});
if (status.status !== 0)
  problems.push('changeset status failed: run `pnpm changeset` to describe your change');

const scratch = mkdtempSync(join(tmpdir(), 'dolfin-release-dry-run-'));
try {
  const manifests = copyReleaseInputs(scratch);
  if (pendingChangesets(scratch).length === 0) {
    writeFileSync(
      join(scratch, '.changeset', 'dry-run.md'),
      '---\n"@dolfinai/types": patch\n---\n\nRelease dry run.\n',
    );
  }
  const pending = pendingChangesets(scratch);
  const bump =
    bumps[Math.max(...pending.flatMap(({ releases }) => releases.map(([, type]) => bumps.indexOf(type))))];
  const current = published
    .map(({ manifest }) => manifest.version)
    .sort(compareVersions)
    .at(-1);
  const expected = increment(current, bump);

  execFileSync(changeset, ['version'], { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] });

  for (const file of manifests) {
    const { name, version: before } = JSON.parse(readFileSync(join(repositoryRoot, file), 'utf8'));
    const { version: after } = JSON.parse(readFileSync(join(scratch, file), 'utf8'));
    const wanted = publishedNames.includes(name) ? expected : before;
    if (after !== wanted)
      problems.push(`${name ?? file}: version ${before} became ${after}, expected ${wanted}`);
  }
  for (const { name, dir } of published) {
    const changelogPath = join(scratch, dir.slice(repositoryRoot.length), 'CHANGELOG.md');
    const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
    if (!changelog.startsWith(`# ${name}\n\n## ${expected}\n`)) {
      problems.push(`${name}: CHANGELOG.md does not open with ## ${expected}`);
    }
    for (const { summary, releases } of pending) {
      if (releases.some(([released]) => released === name) && !changelog.includes(summary)) {
        problems.push(`${name}: CHANGELOG.md lacks "${summary}"`);
      }
    }
  }
  if (pendingChangesets(scratch).length > 0) problems.push('changeset version left changesets behind');
  console.log(
    `Release dry run: ${publishedNames.length} packages ${current} → ${expected} (${bump}), ` +
      `${pending.length} changeset(s), changelogs written`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

/** Compare with the base branch (the default), or with `origin/main` in CI checkouts without a local branch. */
function sinceArguments() {
  const exists = (ref) =>
    spawnSync('git', ['rev-parse', '--verify', '--quiet', ref], { cwd: repositoryRoot }).status === 0;
  if (exists(config.baseBranch)) return [];
  if (exists(`origin/${config.baseBranch}`)) return [`--since=origin/${config.baseBranch}`];
  throw new Error(
    `changeset status needs the ${config.baseBranch} branch: git fetch origin ${config.baseBranch}`,
  );
}

/**
 * Copies what `changeset version` reads and writes (manifests, changelogs, the workspace file, .changeset/) from
 * the working tree, committed or not, and returns the manifests' paths.
 */
function copyReleaseInputs(destination) {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(join(repositoryRoot, file)))
    .filter(
      (file) =>
        ['package.json', 'CHANGELOG.md', 'pnpm-workspace.yaml'].includes(basename(file)) ||
        dirname(file) === '.changeset',
    );
  for (const file of files) cpSync(join(repositoryRoot, file), join(destination, file));
  // The changelog generator is resolved from .changeset/, so the copy needs the workspace's tools.
  symlinkSync(join(repositoryRoot, 'node_modules'), join(destination, 'node_modules'), 'dir');
  return files.filter((file) => basename(file) === 'package.json');
}

/** @returns {{ summary: string, releases: [string, string][] }[]} the changesets waiting in `.changeset/` */
function pendingChangesets(root) {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const releases = [...frontMatter.matchAll(/^["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/gm)].map(
        ([, name, type]) => [name, type],
      );
      return { summary: body.trim().split('\n')[0] ?? '', releases };
    });
}

function compareVersions(a, b) {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

function increment(version, bump) {
  const [major, minor, patch] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
