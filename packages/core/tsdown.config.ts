import { defineConfig } from 'tsdown';
import { packageConfig } from '../../scripts/tsdown-package-config.ts';

// Two entries: the public API, and `@dolfinai/core/internal` for the client packages.
export default defineConfig(packageConfig({ entry: ['src/index.ts', 'src/internal.ts'] }));
