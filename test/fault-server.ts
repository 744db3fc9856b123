// A loopback HTTP server for fault-injection tests: it records every request it receives and answers each one
// with the next step of a script, so a test states exactly what the client meets and counts what it sent.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { afterEach } from 'vitest';
import { type LoopbackServer, listenOnLoopback } from './loopback-server.js';

/** One request as the server received it; `body` holds what arrived of it. */
export interface Hit {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the server answers one request. */
export type Step = (response: ServerResponse, hit: Hit) => void;

export interface FaultServer extends LoopbackServer {
  hits: Hit[];
}

/** Starts a server on 127.0.0.1 and a free port; request n gets `steps[n]`, and the last step repeats. */
export async function startFaultServer(...steps: Step[]): Promise<FaultServer> {
  const hits: Hit[] = [];
  const server = await listenOnLoopback((request, response) => {
    // Counted on arrival, so a request the client gives up on while its body is on the way still counts.
    const hit: Hit = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body: '',
    };
    hits.push(hit);
    const step = steps[Math.min(hits.length, steps.length) - 1] ?? ok();
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      hit.body += chunk;
    });
    request.on('error', () => undefined); // the client aborted mid-body
    request.on('end', () => step(response, hit));
  });
  return { ...server, hits };
}

/** A JSON answer (`200` with `{ ok: true }` unless told otherwise). */
export function ok(body: unknown = { ok: true }, status = 200, headers: Record<string, string> = {}): Step {
  return (response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
}

/** An RFC 7807 problem answer. */
export function problem(
  status: number,
  headers: Record<string, string> = {},
  title = 'Something.Failed',
): Step {
  return (response) => {
    response.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
    response.end(JSON.stringify({ type: 'about:blank', title, status, detail: `status ${status}` }));
  };
}

/** Any status with a raw body and content type: HTML from a proxy, garbage, nothing. */
export function raw(status: number, body: string, contentType = 'text/html'): Step {
  return (response) => {
    response.writeHead(status, body ? { 'content-type': contentType } : {});
    response.end(body);
  };
}

/** Read the whole request, then drop the connection with a TCP reset: the server may have acted on it. */
export function reset(): Step {
  return (response) => response.socket?.resetAndDestroy();
}

/** Read the whole request and never answer. */
export function hang(): Step {
  return () => undefined;
}

/** A port on 127.0.0.1 where nothing listens (connections are refused). */
export async function closedPortUrl(): Promise<string> {
  const server = await listenOnLoopback();
  await server.close();
  return server.url;
}

/** The error `promise` rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** `serve(...steps)` for one test file: each fault server it starts is closed after the test that started it. */
export function useFaultServers(): (...steps: Step[]) => Promise<FaultServer> {
  const servers: FaultServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (...steps) => {
    const server = await startFaultServer(...steps);
    servers.push(server);
    return server;
  };
}
