// The build every published package shares: ESM + CJS with declarations, `.js`/`.cjs` names as package.json
// expects. Each packages/*/tsdown.config.ts passes its entries and platform.
import type { TsdownPlugin, UserConfig } from 'tsdown';

/**
 * In a `"type": "module"` package, rolldown emits `__toESM(require('openapi-fetch'), 1)` in the CJS output too:
 * Node's ESM interop, under which a default import becomes the whole `module.exports` object, so
 * `require('@dolfinai/core')` would call an object instead of openapi-fetch's `createClient`
 * (rolldown/tsdown#1054). A module loaded with `require()` marks its default export with `__esModule`, which the
 * flagless `__toESM` honours, so the CJS output drops the flag.
 */
const requireInterop: TsdownPlugin = {
  name: 'dolfin:cjs-require-interop',
  renderChunk(code, _chunk, outputOptions) {
    if (outputOptions.format !== 'cjs') return null;
    return { code: code.replace(/__toESM\((\w+), 1\)/g, '__toESM($1)'), map: null };
  },
};

/** A published package's build; `entry` and `platform` default to `src/index.ts` and `neutral`. */
export function packageConfig(overrides: UserConfig = {}): UserConfig {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    fixedExtension: false,
    plugins: [requireInterop],
    ...overrides,
  };
}
