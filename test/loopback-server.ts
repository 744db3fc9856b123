// Test servers listen only on 127.0.0.1 and a free port, and must close even while fetch keeps a connection alive.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** Stops listening and ends every open connection, answered or not. */
  close(): Promise<void>;
}

/** Starts an HTTP server for `handle` on 127.0.0.1 and a free port. */
export async function listenOnLoopback(handle?: RequestListener): Promise<LoopbackServer> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
