// Fails when the generated files (types, the bundled mock spec and its msw operations, the typed call of every
// operation) differ from what `pnpm generate` makes of openapi/ now. Compares with the files as they were before
// regenerating, so it works before the change is committed too.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const generated = [
  'packages/types/src/generated',
  'packages/mock/spec',
  'packages/mock/src/generated',
  'tests/contract/src/generated',
];

function snapshot() {
  const files = new Map();
  for (const dir of generated) {
    for (const name of readdirSync(dir)) files.set(join(dir, name), readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

const before = snapshot();
execFileSync('pnpm', ['run', 'generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
const after = snapshot();
const drift = [...new Set([...before.keys(), ...after.keys()])].filter(
  (file) => before.get(file) !== after.get(file),
);
if (drift.length) {
  console.error(`Generated files were out of date with openapi/ (now regenerated):\n  ${drift.join('\n  ')}`);
  console.error('Review and commit them with the spec change.');
  process.exit(1);
}
console.log('Generated types, bundled spec and typed calls match openapi/.');
