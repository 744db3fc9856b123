import { defineConfig } from 'tsdown';
import { packageConfig } from '../../scripts/tsdown-package-config.ts';

export default defineConfig([
  packageConfig({ platform: 'node' }),
  // The `dolfin-mock` bin: ESM only, no declarations.
  packageConfig({ entry: ['src/cli.ts'], format: ['esm'], dts: false, platform: 'node' }),
]);
