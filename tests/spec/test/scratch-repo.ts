// A throwaway copy of the files the spec pipeline reads and writes, so a test can run `spec:update` on it and
// check that a failure leaves every file as it was.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { bundleDescription } from '../../../scripts/spec/build.mjs';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const WORKING_SET = [
  'openapi',
  'redocly.yaml',
  'packages/mock/spec',
  'packages/types/src/generated',
  'packages/types/package.json',
  '.changeset',
];

export interface ScratchRepo {
  root: string;
  /** sha256 of every file, by path: equal snapshots mean nothing was touched. */
  snapshot(): Record<string, string>;
  read(path: string): string;
  /** The changesets besides the ones the repository already had. */
  newChangesets(): string[];
  remove(): void;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

export function scratchRepo(): ScratchRepo {
  const root = mkdtempSync(join(tmpdir(), 'dolfin-spec-test-'));
  for (const part of WORKING_SET) {
    mkdirSync(dirname(join(root, part)), { recursive: true });
    cpSync(join(repoRoot, part), join(root, part), { recursive: true });
  }
  const original = new Set(readdirSync(join(root, '.changeset')));
  return {
    root,
    snapshot: () =>
      Object.fromEntries(
        filesBelow(root).map((file) => [
          relative(root, file),
          createHash('sha256').update(readFileSync(file)).digest('hex'),
        ]),
      ),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    newChangesets: () =>
      readdirSync(join(root, '.changeset'))
        .filter((name) => !original.has(name))
        .map((name) => readFileSync(join(root, '.changeset', name), 'utf8')),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

type Json = Record<string, any>;

/** The bundled spec as the repository has it now, our overlays applied. */
export function currentBundle(): Json {
  return parse(readFileSync(join(repoRoot, 'packages/mock/spec/dolfin.yaml'), 'utf8'));
}

/** The description bundled without our overlays: what Dolfin publishes, and what fixtures are made from. */
export async function currentDescription(): Promise<Json> {
  return parse(await bundleDescription(repoRoot));
}
