// Fails when the committed generated files (types, bundled mock spec) differ from a fresh `pnpm generate`.
import { execFileSync } from 'node:child_process';

const generated = ['packages/types/src/generated', 'packages/mock/spec'];

execFileSync('pnpm', ['run', 'generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
const drift = execFileSync('git', ['status', '--porcelain', '--', ...generated], { encoding: 'utf8' }).trim();
if (drift) {
  console.error(
    `Generated files are out of date with openapi/:\n${drift}\nRun \`pnpm generate\` and commit the result.`,
  );
  process.exit(1);
}
console.log('Generated types and bundled spec match openapi/.');
