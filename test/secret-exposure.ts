// Every way an error ends up in front of people: its message and stack, JSON.stringify (log shippers), and
// util.inspect (console.log, crash reports), plain and with hidden properties shown.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { hang, problem, reset, type Step } from './fault-server.js';
import { HANG_TIMEOUT } from './hang-timeout.js';

export function renderings(value: unknown): Record<string, string> {
  const error = value as Error;
  return {
    message: String(error?.message),
    stack: String(error?.stack),
    json: JSON.stringify(value) ?? '',
    inspect: inspect(value, { depth: 8 }),
    inspectHidden: inspect(value, { depth: 8, showHidden: true }),
  };
}

/** Asserts that `secret` shows up in none of the renderings of `value`. */
export function expectNoSecret(value: unknown, secret: string): void {
  for (const [how, text] of Object.entries(renderings(value))) expect(text, how).not.toContain(secret);
}

const hung = hang();
export const rateLimited = problem(429);

/** Every kind of failure a call can meet: a secret must stay out of the error each one produces. */
export const failures: [name: string, answer: Step][] = [
  ...[400, 401, 403, 404, 409, 422, 500, 503].map((status): [string, Step] => [
    String(status),
    problem(status),
  ]),
  ['429', rateLimited],
  ['a connection reset', reset()],
  ['a hung response', hung],
];

/** Client options for meeting `answer`: one quick retry, a short timeout where it hangs, entries into `lines`. */
export function optionsFor<Entry>(answer: Step, lines: Entry[]) {
  return {
    timeout: answer === hung ? HANG_TIMEOUT : undefined,
    maxRetries: 1,
    backoff: { initialDelay: 1 },
    logger: (entry: Entry) => lines.push(entry),
  };
}
