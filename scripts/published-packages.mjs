// The packages we publish (every packages/* that is not private) and their tarballs, packed the way
// `pnpm publish` packs them: workspace:* dependencies become the real versions.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {{ name: string, version: string, private?: boolean, dependencies?: Record<string, string> }} Manifest
 * @returns {{ name: string, dir: string, manifest: Manifest }[]} in directory order
 */
export function publishedPackages() {
  const packagesDir = join(repositoryRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      return { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
    })
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }));
}

/**
 * Packs every published package (its `dist` must be built) into `destination`.
 * @param {string} destination an existing directory
 * @returns {Record<string, string>} package name → tarball path
 */
export function packPublished(destination) {
  return Object.fromEntries(
    publishedPackages().map(({ name, dir }) => {
      const output = execFileSync('pnpm', ['pack', '--pack-destination', destination, '--json'], {
        cwd: dir,
        encoding: 'utf8',
      });
      return [name, JSON.parse(output).filename];
    }),
  );
}
