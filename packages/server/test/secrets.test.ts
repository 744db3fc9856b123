// The API key never appears in an error (message, stack, JSON.stringify, util.inspect) or a log line, whatever
// went wrong.
import { inspect } from 'node:util';
import { createServerClient, DolfinOptionError, type RequestLog, unwrap } from '@dolfinai/server';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultServer, rejectionOf, startFaultServer } from '../../../test/fault-server.js';
import { expectNoSecret, failures, optionsFor } from '../../../test/secret-exposure.js';

const apiKey = 'dol_live_4f9a1c7e2b8d6053';

let server: FaultServer | undefined;
afterEach(() => server?.close());

describe('the API key stays secret', () => {
  it.each(failures)('in the error for %s and in every log line', async (_, answer) => {
    server = await startFaultServer(answer);
    const lines: RequestLog[] = [];
    const dolfin = createServerClient({ apiKey, baseUrl: server.url, ...optionsFor(answer, lines) });
    const error = await rejectionOf(unwrap(dolfin.POST('/auth/codes', { body: { userId: 'a1111111' } })));
    expect(error).toMatchObject({ name: expect.stringMatching(/Error$/) });
    expectNoSecret(error, apiKey);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain(apiKey);
    expect(server.hits[0]?.headers['x-dolfin-api-key']).toBe(apiKey);
  });

  it('in the error for an aborted request, a bad path parameter and a bad option', async () => {
    const dolfin = createServerClient({ apiKey, baseUrl: 'http://127.0.0.1:9' });
    expectNoSecret(await rejectionOf(dolfin.GET('/industries', { signal: AbortSignal.abort() })), apiKey);
    const badPath = dolfin.GET('/organisations/{organisationId}/users', {
      params: { path: { organisationId: '..' } },
    });
    expectNoSecret(await rejectionOf(badPath), apiKey);
    let optionError: unknown;
    try {
      createServerClient({ apiKey, baseUrl: 'not a url', timeout: -1 });
    } catch (error) {
      optionError = error;
    }
    expect(optionError).toMatchObject({ name: 'DolfinOptionError' });
    expectNoSecret(optionError, apiKey);
  });

  it('even when a custom fetch puts it in its error message', async () => {
    const leaky: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      throw new TypeError(`could not send ${request.headers.get('x-dolfin-api-key')}`);
    };
    const dolfin = createServerClient({ apiKey, baseUrl: 'http://127.0.0.1:9', fetch: leaky, maxRetries: 0 });
    const error = await rejectionOf(dolfin.GET('/industries'));
    expect(error).toMatchObject({
      name: 'DolfinConnectionError',
      message: expect.stringContaining('[redacted]'),
    });
    expectNoSecret(error, apiKey);
  });
});

describe('a secret passed in the wrong option', () => {
  const misplaced = 'dol_live_secret_in_the_wrong_place_123';
  it.each(['baseUrl', 'organisationId'])('is not quoted by the error about %s', (option) => {
    const error = (() => {
      try {
        createServerClient({ apiKey, [option]: misplaced });
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(error).toBeInstanceOf(DolfinOptionError);
    expect(error?.message).toContain(option);
    expect(error?.message).toContain(`a string of ${misplaced.length} characters`);
    expect(`${error?.message} ${JSON.stringify(error)} ${inspect(error)}`).not.toContain(
      'secret_in_the_wrong_place',
    );
  });
});
