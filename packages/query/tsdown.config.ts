import { defineConfig } from 'tsdown';
import { packageConfig } from '../../scripts/tsdown-package-config.ts';

export default defineConfig(packageConfig());
