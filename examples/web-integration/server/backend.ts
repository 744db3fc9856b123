import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type DolfinClient, unwrap } from '@dolfinai/server';
import { listen, privateHeaders, type RunningServer } from './listen.js';
import type { Provisioned } from './provision.js';
import { errorPage, usersPage } from './users-page.js';

export interface BackendOptions extends Provisioned {
  /** The server client, holding the platform's API key. */
  dolfin: DolfinClient;
  /** Where the browser app is served; the auth code is handed to it as `?code=`. */
  appUrl: string;
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** One line per code minted or request failed; never a secret. @default console.log */
  log?: (line: string) => void;
}

const openInvoicingPath = /^\/open-invoicing\/([^/]+)$/;

const htmlHeaders = {
  ...privateHeaders,
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
};

/**
 * The client platform's backend (the guide's step 3): lists its users, and when one clicks "Open Invoicing"
 * mints a short-lived auth code for them and redirects their browser to the app with it. The API key never
 * leaves this process.
 */
export async function startBackend(options: BackendOptions): Promise<RunningServer> {
  const { dolfin, organisation, members, appUrl, port = 0, host = '127.0.0.1', log = console.log } = options;
  const page = usersPage(organisation.name, members);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...htmlHeaders, allow: 'GET, HEAD' }).end(errorPage('Method not allowed.'));
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://backend');
    if (pathname === '/') {
      response.writeHead(200, htmlHeaders).end(page);
      return;
    }
    const userId = openInvoicingPath.exec(pathname)?.[1];
    // Only the platform's own users: a real platform would take the user from its login session instead.
    const member = members.find((candidate) => candidate.userId === userId);
    if (!member) {
      response.writeHead(404, htmlHeaders).end(errorPage('There is no such page or user.'));
      return;
    }
    const { code } = await unwrap(dolfin.POST('/auth/codes', { body: { userId: member.userId } }));
    const target = new URL(appUrl);
    target.searchParams.set('code', code);
    log(`Minted an auth code for ${member.name}; redirecting to ${target.origin}.`);
    response.writeHead(302, { ...privateHeaders, location: target.href }).end();
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // SDK errors name the status and the problem, never the API key.
      log(`${request.method} ${request.url?.split('?')[0]} failed: ${String(error)}`);
      if (!response.headersSent) {
        response.writeHead(502, htmlHeaders).end(errorPage('Invoicing is unavailable right now. Try again.'));
      }
    });
  });
  return listen(server, port, host);
}
