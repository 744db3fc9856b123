import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server this example started: where it listens, and how to stop it. */
/** What every page and redirect of the example sends: nothing may be cached or leak a one-time code through a Referer. */
export const privateHeaders = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

export interface RunningServer {
  /** Its origin, e.g. `http://127.0.0.1:43117`. */
  readonly url: string;
  /** Stops listening and drops open keep-alive connections (a browser keeps some). */
  close(): Promise<void>;
}

/** Starts `server` on `host`:`port` (0 picks a free port) and resolves once it is listening. */
export function listen(server: Server, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actualPort } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
