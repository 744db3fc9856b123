import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mockListeningUrl } from '../../../test/mock-listening-url.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const run = promisify(execFile);

describe('dolfin-mock', () => {
  it('prints the URL once listening and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--dynamic', '--no-errors']);
    // Also when the test fails or times out before it stops the CLI itself.
    onTestFinished(() => {
      child.kill('SIGKILL');
    });
    const url = await mockListeningUrl(child, 15_000);
    const response = await fetch(`${url}/industries`, { headers: { 'x-dolfin-api-key': 'any' } });
    expect(response.status).toBe(200);

    const exitCode = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exitCode).toBe(0);
  }, 20_000);

  it.each([
    [['--port', 'abc'], '--port must be a whole number from 0 to 65535, got "abc"'],
    [['--port', '70000'], 'port must be a whole number from 0 to 65535, got 70000'],
    [['--colour'], "Unknown option '--colour'"],
  ])(
    'exits with 2 and says what is wrong for %j',
    async (args, message) => {
      const failure = await run(process.execPath, [cli, ...args]).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining(`dolfin-mock: ${message}`) });
    },
    20_000,
  );

  it('exits with 1 when the spec cannot be read', async () => {
    const failure = await run(process.execPath, [cli, '--port', '0', '--spec', '/nonexistent.yaml']).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Cannot read the OpenAPI document'),
    });
  }, 20_000);
});
