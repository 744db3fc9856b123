import { defineConfig } from 'tsdown';
import { packageConfig } from '../../scripts/tsdown-package-config.ts';

export default defineConfig([
  // `.` (startMock, Prism) and `./msw` (msw handlers; no Prism, no Node built-ins, so it loads in jsdom/happy-dom).
  packageConfig({ entry: { index: 'src/index.ts', msw: 'src/msw/index.ts' }, platform: 'node' }),
  // The `dolfin-mock` bin: ESM only, no declarations.
  packageConfig({ entry: ['src/cli.ts'], format: ['esm'], dts: false, platform: 'node' }),
]);
