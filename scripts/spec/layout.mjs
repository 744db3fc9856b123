// Where the spec pipeline reads and writes, relative to a repository root (the checkout, or the temporary copy
// that `spec:update` works in).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function layout(root = REPO_ROOT) {
  const openapi = join(root, 'openapi');
  return {
    root,
    openapi,
    /** The description of the API: what Dolfin's docs and document say, one file per path item and component. */
    description: join(openapi, 'dolfin.yaml'),
    /** The files `spec:update` replaces with the new document's. */
    descriptionParts: ['dolfin.yaml', 'paths', 'components'].map((part) => join(openapi, part)),
    /** Our additions, as Overlay 1.0 documents applied in file-name order. */
    overlays: join(openapi, 'overlays'),
    /** Where the document came from (source, fetch time, sha256). */
    upstream: join(openapi, 'UPSTREAM.md'),
    /** The bundled spec with the overlays applied: what the mock serves and the types are made from. */
    bundle: join(root, 'packages/mock/spec/dolfin.yaml'),
    types: join(root, 'packages/types/src/generated/dolfin.ts'),
    changesets: join(root, '.changeset'),
    redoclyConfig: join(root, 'redocly.yaml'),
  };
}
