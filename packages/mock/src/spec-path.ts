import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of the bundled spec shipped in this package (`spec/dolfin.yaml`), from `dist/` or `src/`. */
export function bundledSpecPath(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  return join(here, '..', 'spec', 'dolfin.yaml');
}
