// Checks every published package as it will be published: packs it with pnpm, then runs `publint --strict` and
// `attw` on the tarball (attw's own `--pack` would pack with npm, leaving workspace:* ranges unresolved), and
// checks that the built code imports only what package.json declares and that the clients depend on
// openapi-fetch and our own packages only.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packPublished, publishedPackages, repositoryRoot } from './published-packages.mjs';

const run = promisify(execFile);
const bin = (name) => join(repositoryRoot, 'node_modules', '.bin', name);
/** What a client (every package but the mock) may depend on at runtime. */
const clientDependency = (name) => name === 'openapi-fetch' || name.startsWith('@dolfinai/');
/** Peers a package declares for the framework it plugs into (the app installs them), by package. */
const allowedPeers = { '@dolfinai/query': ['@tanstack/query-core'] };
/** The mock pins Prism exactly: a ^ range would let npm pick 5.15+, which needs Node 24. */
const exactVersion = /^\d+\.\d+\.\d+$/;

const scratch = mkdtempSync(join(tmpdir(), 'dolfin-check-packages-'));
try {
  const manifests = Object.fromEntries(publishedPackages().map(({ name, manifest }) => [name, manifest]));
  const reports = await Promise.all(
    Object.entries(packPublished(scratch)).map(async ([name, tarball]) => {
      const problems = [
        ...(await toolProblems('publint', ['run', '--strict', tarball])),
        ...(await toolProblems('attw', attwArguments(tarball, manifests[name]))),
        ...dependencyProblems(name, tarball),
      ];
      return { name, problems };
    }),
  );
  for (const { name, problems } of reports) {
    console.log(problems.length === 0 ? `✔ ${name}: publint --strict, attw, dependencies` : `✘ ${name}`);
    for (const problem of problems) console.error(`  ${problem.replaceAll('\n', '\n  ')}`);
  }
  process.exitCode = reports.some(({ problems }) => problems.length > 0) ? 1 : 0;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

async function toolProblems(tool, args) {
  try {
    await run(bin(tool), args);
    return [];
  } catch (error) {
    return [`${tool} failed:\n${error.stdout}${error.stderr}`.trim()];
  }
}

/** Exports that are data rather than modules (the mock's bundled spec) have no types for attw to find. */
function attwArguments(tarball, manifest) {
  const dataExports = Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'string' && /\.(ya?ml|json)$/.test(target))
    .map(([subpath]) => subpath);
  const args = [tarball, '--no-definitely-typed', '--no-color', '--format', 'table-flipped'];
  return dataExports.length > 0 ? [...args, '--exclude-entrypoints', ...dataExports] : args;
}

function dependencyProblems(name, tarball) {
  const unpacked = mkdtempSync(join(scratch, 'unpacked-'));
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const manifest = JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8'));
  const declared = { ...manifest.dependencies, ...manifest.peerDependencies };
  const problems = [];
  for (const [dependency, range] of Object.entries(declared)) {
    if (/^(workspace|link|file):/.test(range)) problems.push(`${dependency}@${range} cannot be published`);
    const allowedPeer =
      allowedPeers[name]?.includes(dependency) && dependency in (manifest.peerDependencies ?? {});
    if (name !== '@dolfinai/mock' && !clientDependency(dependency) && !allowedPeer) {
      problems.push(`runtime dependency ${dependency}: the clients may depend on openapi-fetch only`);
    }
    if (dependency.startsWith('@stoplight/prism-') && !exactVersion.test(range)) {
      problems.push(`${dependency}@${range} must be an exact version`);
    }
  }
  for (const imported of importedPackages(join(unpacked, 'package', 'dist'))) {
    if (!(imported in declared))
      problems.push(`dist imports ${imported}, which package.json does not declare`);
  }
  return problems;
}

/** Packages that the built files (code and declarations) import or require by bare specifier. */
function importedPackages(dist) {
  const names = new Set();
  // A specifier is a package name (lower case, no spaces or commas), so text in bundled data such as the mock's
  // examples ("… from ', …") is not taken for an import.
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](@?[a-z0-9][\w./@-]*)["']/g;
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(c?js|d\.c?ts)$/.test(file)) continue;
    for (const [, path] of readFileSync(join(dist, file), 'utf8').matchAll(specifier)) {
      const name = path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0];
      if (!path.startsWith('node:') && !builtinModules.includes(name)) names.add(name);
    }
  }
  return names;
}
