// The spec pipeline, one line: the description (openapi/) → bundle → our overlays → lint → the mock's spec and the
// generated types. `pnpm generate` runs it on the checkout; `spec:update` on a temporary copy.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml, stringifyYaml } from '@redocly/openapi-core';
import { layout, REPO_ROOT } from './layout.mjs';
import { applyOverlays, readOverlays } from './overlays.mjs';
import { runTool, ToolError } from './tools.mjs';

export class SpecBuildError extends Error {
  name = 'SpecBuildError';
}

/** A pipeline step: a failing tool becomes a SpecBuildError with the tool's output. */
async function tool(name, args, cwd) {
  try {
    return await runTool(name, args, cwd);
  } catch (error) {
    throw error instanceof ToolError ? new SpecBuildError(error.message) : error;
  }
}

/** The description bundled into one document (Redocly), as text. */
export async function bundleDescription(root = REPO_ROOT) {
  const paths = layout(root);
  const scratch = await mkdtemp(join(tmpdir(), 'dolfin-bundle-'));
  try {
    const output = join(scratch, 'dolfin.yaml');
    await tool('redocly', ['bundle', paths.description, '--output', output, '--config', paths.redoclyConfig], root);
    return await readFile(output, 'utf8');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Bundle, overlays, lint, then the mock's spec and the types, written into `root`. */
export async function buildSpec(root = REPO_ROOT) {
  const paths = layout(root);
  const bundled = parseYaml(await bundleDescription(root));
  const document = await applyOverlays(bundled, readOverlays(paths.overlays));
  // Redocly's own serialiser, as `redocly bundle` writes: the same content gives the same bytes.
  await writeFile(paths.bundle, stringifyYaml(document, { noRefs: true, lineWidth: -1 }));
  await tool('redocly', ['lint', paths.bundle, '--config', paths.redoclyConfig], root);
  await tool(
    'openapi-typescript',
    [paths.bundle, '--output', paths.types, '--root-types', '--root-types-no-schema-prefix'],
    root,
  );
  return document;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSpec().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
