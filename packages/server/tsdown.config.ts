import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';
import { packageConfig } from '../../scripts/tsdown-package-config.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The version the x-dolfin-sdk header names, fixed at build time.
export default defineConfig(packageConfig({ define: { __DOLFIN_SDK_VERSION__: JSON.stringify(version) } }));
