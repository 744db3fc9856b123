// Runs the pipeline's command-line tools (Redocly, openapi-typescript) from the repository's node_modules.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './layout.mjs';

const execute = promisify(execFile);

export class ToolError extends Error {
  name = 'ToolError';
  constructor(command, output) {
    super(`${command} failed:\n${output}`);
    this.output = output;
  }
}

/** Runs `name args` in `cwd`; a failure is a ToolError carrying the tool's own output. */
export async function runTool(name, args, cwd = REPO_ROOT) {
  try {
    // Redocly writes nothing but prints its files when NODE_ENV is "test" (as under vitest).
    const env = { ...process.env, NODE_ENV: 'production' };
    const { stdout } = await execute(join(REPO_ROOT, 'node_modules/.bin', name), args, { cwd, env, maxBuffer: 64 << 20 });
    return stdout;
  } catch (error) {
    throw new ToolError(`${name} ${args[0]}`, `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message);
  }
}
