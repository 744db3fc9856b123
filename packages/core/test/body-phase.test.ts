// Failures that land after the response headers, while openapi-fetch reads or parses the body, and hostile bodies:
// each outcome is one of our typed errors, whatever the timing, and keeps what caused it.
import {
  DolfinAbortError,
  DolfinConnectionError,
  DolfinResponseParseError,
  InternalServerError,
  isDolfinApiError,
  isDolfinError,
  unwrap,
} from '@dolfinai/core';
import { describe, expect, it } from 'vitest';
import {
  closedPortUrl,
  ok,
  raw,
  rejectionOf,
  type Step,
  useFaultServers,
} from '../../../test/fault-server.js';
import { expectNoSecret } from '../../../test/secret-exposure.js';
import { SECRET, testClient } from './test-client.js';

const serve = useFaultServers();

/** Headers and the start of a JSON body, then nothing more. */
const startThenHang: Step = (response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.write('{"data": [');
};

/** Headers and the start of a body promised longer, then the connection drops. */
const startThenDrop: Step = (response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  response.write('{"data": [', () => setTimeout(() => response.socket?.destroy(), 20));
};

describe('a failure during the body', () => {
  it("the caller's abort while the body arrives is a DolfinAbortError with the signal's reason as cause", async () => {
    const { url } = await serve(startThenHang);
    const controller = new AbortController();
    const call = testClient(url).GET('/industries', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(DolfinAbortError);
    expect((error as Error).cause).toBe(controller.signal.reason);
  });

  it('a timeout signal firing during the body is a DolfinAbortError too', async () => {
    const { url } = await serve(startThenHang);
    const error = await rejectionOf(testClient(url).GET('/industries', { signal: AbortSignal.timeout(100) }));
    expect(error).toBeInstanceOf(DolfinAbortError);
    expect((error as Error).cause).toMatchObject({ name: 'TimeoutError' });
  });

  it('a connection dropped during the body is a DolfinConnectionError with the platform error as cause', async () => {
    const { url } = await serve(startThenDrop);
    const error = await rejectionOf(testClient(url).GET('/industries'));
    expect(error).toBeInstanceOf(DolfinConnectionError);
    expect(error).toMatchObject({ method: 'GET', path: '/industries' });
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('a dropped error body is a DolfinConnectionError as well', async () => {
    const { url } = await serve((response) => {
      response.writeHead(500, { 'content-type': 'application/problem+json', 'content-length': '500' });
      response.write('{"title":', () => setTimeout(() => response.socket?.destroy(), 20));
    });
    const error = await rejectionOf(testClient(url, { maxRetries: 0 }).GET('/industries'));
    expect(error).toBeInstanceOf(DolfinConnectionError);
  });
});

describe('a 2xx whose body is not JSON (a captive portal, a proxy login page)', () => {
  const portal = '<html><head><title>Hotel Wi-Fi</title></head><body>Please sign in</body></html>';

  it.each([
    ['with a Content-Length', {}],
    ['chunked', { 'transfer-encoding': 'chunked' }],
  ])('%s: a DolfinResponseParseError with status and an excerpt, not a SyntaxError', async (_, headers) => {
    const { url } = await serve((response) => {
      response.writeHead(200, { 'content-type': 'text/html', ...headers });
      response.end(portal);
    });
    const error = (await rejectionOf(testClient(url).GET('/industries'))) as DolfinResponseParseError;
    expect(error).toBeInstanceOf(DolfinResponseParseError);
    expect(isDolfinError(error)).toBe(true);
    expect(isDolfinApiError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'DolfinResponseParseError',
      status: 200,
      problem: { detail: 'Hotel Wi-Fi Please sign in' },
    });
    expect(error.message).toContain('200 from /industries');
    expect(error.response.status).toBe(200);
  });

  it('is the same error whatever parseAs asked for: the API never answers in HTML', async () => {
    const { url } = await serve(raw(200, portal));
    const dolfin = testClient(url);
    for (const parseAs of ['text', 'blob', 'arrayBuffer'] as const) {
      expect(await rejectionOf(dolfin.GET('/industries', { parseAs }))).toBeInstanceOf(
        DolfinResponseParseError,
      );
    }
  });

  it('leaves other text alone, and an empty 200 is no data', async () => {
    const { url } = await serve(raw(200, 'plain words', 'text/plain'), raw(200, ''));
    const dolfin = testClient(url);
    expect((await dolfin.GET('/industries', { parseAs: 'text' })).data).toBe('plain words');
    expect((await dolfin.GET('/industries')).data).toBeUndefined();
  });

  it('still parses JSON bodies as before', async () => {
    const { url } = await serve(ok([{ id: 'x' }]));
    expect(await unwrap(testClient(url).GET('/industries'))).toEqual([{ id: 'x' }]);
  });
});

describe('hostile error bodies', () => {
  it.each([
    ['unclosed <', '<'.repeat(1_000_000)],
    ['unclosed <a', '<a'.repeat(500_000)],
    ['one tag never closed', `<${'a'.repeat(1_000_000)}`],
  ])('a 1 MB body of %s makes its excerpt at once', async (_, body) => {
    const { url } = await serve(raw(500, body));
    const dolfin = testClient(url, { maxRetries: 0 });
    const started = performance.now();
    const error = await rejectionOf(unwrap(dolfin.GET('/industries')));
    // Generous: the quadratic strip took minutes here; a linear one takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).problem.detail?.length ?? 0).toBeLessThanOrEqual(200);
  });

  it('keeps the message short when a problem body carries a huge detail', async () => {
    const { url } = await serve((response) => {
      response.writeHead(400, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ title: 'Bad.Request', detail: 'x'.repeat(1_000_000) }));
    });
    const error = (await rejectionOf(unwrap(testClient(url).GET('/industries')))) as Error;
    expect(error.message.length).toBeLessThan(500);
  });

  it.each([
    [
      'a problem body',
      (secret: string) => ({
        type: 'application/problem+json',
        body: JSON.stringify({ title: 'Bad', detail: `key ${secret} is wrong`, errors: [{ got: secret }] }),
      }),
    ],
    ['an HTML page', (secret: string) => ({ type: 'text/html', body: `<p>Your key: ${secret}</p>` })],
    ['plain text', (secret: string) => ({ type: 'text/plain', body: `denied for ${secret}` })],
  ])('a server that echoes the credential in %s: the error does not repeat it', async (_, echo) => {
    const { url } = await serve((response, hit) => {
      const { type, body } = echo(String(hit.headers['x-test-secret']));
      response.writeHead(400, { 'content-type': type });
      response.end(body);
    });
    const error = await rejectionOf(unwrap(testClient(url).GET('/industries')));
    expect(isDolfinApiError(error)).toBe(true);
    expectNoSecret(error, SECRET);
    expect(JSON.stringify((error as { problem: unknown }).problem)).toContain('[redacted]');
  });

  it('a 2xx that echoes the credential in a non-JSON body: the parse error does not repeat it', async () => {
    const { url } = await serve((response, hit) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<p>Signed in as ${String(hit.headers['x-test-secret'])}</p>`);
    });
    const error = await rejectionOf(testClient(url).GET('/industries'));
    expect(error).toBeInstanceOf(DolfinResponseParseError);
    expectNoSecret(error, SECRET);
  });
});

describe('cause', () => {
  it('a refused connection keeps the platform error', async () => {
    const error = await rejectionOf(testClient(await closedPortUrl(), { maxRetries: 0 }).GET('/industries'));
    expect(error).toBeInstanceOf(DolfinConnectionError);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it("an abort before the headers keeps the signal's reason", async () => {
    const { url } = await serve(() => undefined);
    const controller = new AbortController();
    const call = testClient(url).GET('/industries', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(DolfinAbortError);
    expect((error as Error).cause).toMatchObject({ message: 'user left' });
  });

  it('a cause that quotes the credential is not kept as it is', async () => {
    const leaky = (async () => {
      throw new TypeError(`proxy refused x-test-secret: ${SECRET}`);
    }) as unknown as typeof globalThis.fetch;
    const error = await rejectionOf(
      testClient('http://127.0.0.1:9', { fetch: leaky, maxRetries: 0 }).GET('/industries'),
    );
    expect(error).toBeInstanceOf(DolfinConnectionError);
    expectNoSecret(error, SECRET);
  });
});

/**
 * A Response from another implementation than the platform's (node-fetch, the `undici` package, a test double):
 * its readers check that they are called on their own kind of object, as the platform's do.
 */
class PolyfillResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText = '';
  readonly headers: Headers;
  readonly url = 'http://127.0.0.1:9/industries';
  readonly body = null;
  readonly #text: string;

  constructor(text: string, status: number, contentType: string) {
    this.#text = text;
    this.status = status;
    this.ok = status < 300;
    this.headers = new Headers({ 'content-type': contentType });
  }

  async text(): Promise<string> {
    return this.#text;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#text);
  }
}

describe("a fetch whose responses are another implementation's", () => {
  const polyfillFetch = (text: string, status: number, contentType = 'application/json') =>
    (async () => new PolyfillResponse(text, status, contentType)) as unknown as typeof globalThis.fetch;

  it('reads them with their own readers, and leaves their class alone', async () => {
    const dolfin = testClient('http://127.0.0.1:9', { fetch: polyfillFetch('[{"id":"a"}]', 200) });
    const { data, response } = await dolfin.GET('/industries');
    expect(data).toEqual([{ id: 'a' }]);
    expect(response).toBeInstanceOf(PolyfillResponse);
  });

  it('turns their error and HTML bodies into our errors as well', async () => {
    const failing = testClient('http://127.0.0.1:9', {
      fetch: polyfillFetch('{"title":"Boom"}', 500),
      maxRetries: 0,
    });
    await expect(unwrap(failing.GET('/industries'))).rejects.toBeInstanceOf(InternalServerError);
    const portal = testClient('http://127.0.0.1:9', {
      fetch: polyfillFetch('<p>Sign in</p>', 200, 'text/html'),
    });
    await expect(portal.GET('/industries')).rejects.toBeInstanceOf(DolfinResponseParseError);
  });

  it('reads a test double with readers of its own, and a subclass that overrides one as a field', async () => {
    const double = {
      ok: true,
      status: 200,
      headers: new Headers({ 'content-type': 'application/json' }),
      text: async () => '[{"id":"double"}]',
    };
    class FieldResponse extends Response {
      override text = async () => '[{"id":"field"}]';
    }
    const read = async (response: unknown) =>
      (await testClient('http://127.0.0.1:9', { fetch: async () => response as Response }).GET('/industries'))
        .data;
    expect(await read(double)).toEqual([{ id: 'double' }]);
    expect(await read(new FieldResponse('[]', { headers: { 'content-type': 'application/json' } }))).toEqual([
      { id: 'field' },
    ]);
  });
});

describe('a fetch that wraps its responses in a Proxy binding their methods (instrumentation)', () => {
  const bindingProxy = (response: Response) =>
    new Proxy(response, {
      get(target, key) {
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const proxied = (make: () => Response) =>
    testClient('http://127.0.0.1:9', { fetch: async () => bindingProxy(make()), maxRetries: 0 });

  it('a connection lost mid-body is still a DolfinConnectionError', async () => {
    const failing = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('[1,'));
            setTimeout(() => controller.error(new TypeError('terminated')), 10);
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    expect(await rejectionOf(proxied(failing).GET('/industries'))).toBeInstanceOf(DolfinConnectionError);
  });

  it('an HTML page is still a DolfinResponseParseError, without the credential it quotes', async () => {
    const page = () => new Response(`<p>key=${SECRET}</p>`, { headers: { 'content-type': 'text/html' } });
    const error = await rejectionOf(proxied(page).GET('/industries'));
    expect(error).toBeInstanceOf(DolfinResponseParseError);
    expectNoSecret(error, SECRET);
  });
});
