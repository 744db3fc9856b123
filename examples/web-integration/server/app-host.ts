import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { AppConfig } from '../app/config.js';
import { listen, privateHeaders, type RunningServer } from './listen.js';

export interface AppHostOptions {
  /** The built app (`vite build` output): `dist/app`. */
  root: string;
  /** The Dolfin API origin the app talks to, served to it as `/config.json`. */
  dolfinBaseUrl: string;
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves the built browser app on its own origin, as a static host or CDN would, plus its runtime config. The
 * page may only connect to itself and to the Dolfin API (CSP), and sends no Referer (the URL may hold a code).
 */
export async function startAppHost(options: AppHostOptions): Promise<RunningServer> {
  const { port = 0, host = '127.0.0.1' } = options;
  const root = resolve(options.root);
  const config: AppConfig = { dolfinBaseUrl: options.dolfinBaseUrl };
  const headers = {
    ...privateHeaders,
    'content-security-policy': [
      "default-src 'self'",
      `connect-src 'self' ${new URL(options.dolfinBaseUrl).origin}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  };

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://app');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/config.json') {
      response
        .writeHead(200, { ...headers, 'content-type': contentTypes['.json'] })
        .end(JSON.stringify(config));
      return;
    }
    const file = fileFor(root, pathname);
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const contentType = contentTypes[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { ...headers, 'content-type': contentType }).end(body);
  });
  return listen(server, port, host);
}

/** The file under `root` for a URL path, or undefined when the path would leave `root`. */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file.startsWith(root + sep) ? file : undefined;
}
