// A CLI started on port 0 only says where it listens on stdout; the deadline makes a silent CLI fail with its output.
import type { ChildProcess } from 'node:child_process';

/**
 * The URL from the child's "Dolfin mock listening on <url>" line; rejects with what the child printed if it exits
 * first or stays silent for `deadlineMs`.
 */
export function mockListeningUrl(child: ChildProcess, deadlineMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(deadline);
      reject(new Error(`dolfin-mock ${why} before listening:\n${output}`));
    };
    const deadline = setTimeout(() => fail(`printed no URL within ${deadlineMs} ms`), deadlineMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = /^Dolfin mock listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output)?.[1];
      if (url) {
        clearTimeout(deadline);
        resolve(url);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.once('exit', (code) => fail(`exited with ${code}`));
  });
}
