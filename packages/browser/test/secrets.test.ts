// The bearer token and the auth code never appear in an error (message, stack, JSON.stringify, util.inspect) or
// a log line.
import { createBrowserClient, exchangeCode, type RequestLog, unwrap } from '@dolfinai/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultServer, rejectionOf, startFaultServer } from '../../../test/fault-server.js';
import { expectNoSecret, failures, optionsFor, rateLimited } from '../../../test/secret-exposure.js';
import { epochSeconds, jwt } from './jwt.js';

const token = jwt({ sub: 'a1111111-1111-1111-1111-111111111111', exp: epochSeconds(8 * 3600) });
const code = 'ac_8f3b2c1d9e7a4f60b5d1';

let server: FaultServer | undefined;
afterEach(() => server?.close());

describe('the session token stays secret', () => {
  it.each(failures)('in the error for %s and in every log line', async (_, answer) => {
    server = await startFaultServer(answer);
    const lines: RequestLog[] = [];
    const dolfin = createBrowserClient({ token, baseUrl: server.url, ...optionsFor(answer, lines) });
    const error = await rejectionOf(unwrap(dolfin.GET('/me')));
    expectNoSecret(error, token);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it('in the errors for an abort, a bad path parameter and the API key guard', async () => {
    const dolfin = createBrowserClient({ token, baseUrl: 'http://127.0.0.1:9' });
    expectNoSecret(await rejectionOf(dolfin.GET('/me', { signal: AbortSignal.abort() })), token);
    const badPath = dolfin.GET('/organisations/{organisationId}/users', {
      params: { path: { organisationId: '.' } },
    });
    expectNoSecret(await rejectionOf(badPath), token);
    expectNoSecret(
      await rejectionOf(dolfin.GET('/me', { headers: { 'x-dolfin-api-key': 'dol_live_abc123' } })),
      token,
    );
  });
});

describe('the auth code stays secret', () => {
  it.each(failures)('in the error for %s and in every log line', async (_, answer) => {
    server = await startFaultServer(answer);
    const lines: RequestLog[] = [];
    const error = await rejectionOf(
      exchangeCode(code, { baseUrl: server.url, ...optionsFor(answer, lines) }),
    );
    expectNoSecret(error, code);
    expect(JSON.stringify(lines)).not.toContain(code);
    // The code is single-use: only a refusal before acting (429) may send it twice.
    expect(server.hits.length).toBe(answer === rateLimited ? 2 : 1);
  });
});
