// A loopback API that answers every request with `{ data: [], meta: { cursors: {} } }` (or `[]` for /industries) and
// keeps the headers each request arrived with, for tests of what a client sends.
import type { IncomingHttpHeaders } from 'node:http';
import { type LoopbackServer, listenOnLoopback } from './loopback-server.js';

export interface HeaderServer extends LoopbackServer {
  /** The method, URL and headers of every request received, in order. */
  received: { method: string; url: string; headers: IncomingHttpHeaders }[];
}

export async function listenForHeaders(status = 200): Promise<HeaderServer> {
  const received: HeaderServer['received'] = [];
  const server = await listenOnLoopback((request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(request.url?.startsWith('/industries') ? '[]' : '{"data":[],"meta":{"cursors":{}}}');
  });
  return { ...server, received };
}
