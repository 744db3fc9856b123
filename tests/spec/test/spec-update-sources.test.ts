// Where spec:update reads from: a URL served on 127.0.0.1 works like a file; every unusable source is a clear,
// typed error that leaves the tree exactly as it was.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { OverlayError } from '../../../scripts/spec/overlays.mjs';
import { SpecSourceError } from '../../../scripts/spec/source.mjs';
import { updateSpec } from '../../../scripts/spec/update.mjs';
import { type LoopbackServer, listenOnLoopback } from '../../../test/loopback-server.js';
import { currentDescription, type ScratchRepo, scratchRepo } from './scratch-repo.js';

const description = await currentDescription();
const changedDocument = () => {
  const document = structuredClone(description);
  document.info.description = `${document.info.description} Served over HTTP.`;
  return document;
};

let server: LoopbackServer;
let closedPort: string;
const scratches: ScratchRepo[] = [];

beforeAll(async () => {
  const routes: Record<string, [number, string, string]> = {
    '/openapi.json': [200, 'application/json', JSON.stringify(changedDocument())],
    '/portal': [200, 'text/html', '<!doctype html><html><body>Sign in to the Wi-Fi</body></html>'],
  };
  server = await listenOnLoopback((request, response) => {
    const [status, type, body] = routes[request.url ?? ''] ?? [404, 'text/plain', 'not found'];
    response.writeHead(status, { 'content-type': type }).end(body);
  });
  const closed = await listenOnLoopback();
  closedPort = closed.url;
  await closed.close();
});

afterAll(async () => {
  await server.close();
  for (const scratch of scratches) scratch.remove();
});

function scratch() {
  const repo = scratchRepo();
  scratches.push(repo);
  return repo;
}

describe('spec:update sources', () => {
  it('follows a document served over HTTP and records where it came from', async () => {
    const repo = scratch();
    const source = `${server.url}/openapi.json`;
    const result = await updateSpec({ source, root: repo.root });
    expect(result.classification).toBe('docs-only');
    expect(result.bump).toBe('patch');
    const upstream = repo.read('openapi/UPSTREAM.md');
    expect(upstream).toContain(source);
    expect(upstream).toMatch(/sha256 \| `[0-9a-f]{64}`/);
    expect(upstream).toMatch(/fetched \| \d{4}-\d{2}-\d{2}T/);
  });

  const write = (repo: ScratchRepo, name: string, content: string) => {
    const file = join(repo.root, name);
    writeFileSync(file, content);
    return file;
  };

  const refusals: [string, (repo: ScratchRepo) => string, RegExp][] = [
    ['an unreachable URL', () => `${closedPort}/openapi.json`, /cannot fetch .*ECONNREFUSED/],
    ['a 404', () => `${server.url}/missing.json`, /cannot fetch .*HTTP 404/],
    ['an HTML page', () => `${server.url}/portal`, /neither JSON nor YAML|not an OpenAPI/],
    ['a JSON that is not OpenAPI', (repo) => write(repo, 'other.json', '{"name":"not an API"}'), /not an OpenAPI 3\.0 or 3\.1 document \(no openapi field\)/],
    ['a Swagger 2.0 document', (repo) => write(repo, 'swagger.json', '{"swagger":"2.0","paths":{}}'), /not an OpenAPI 3\.0 or 3\.1 document/],
    [
      'an invalid document',
      (repo) =>
        write(repo, 'invalid.yaml', stringify({ openapi: '3.1.0', info: { title: 'x' }, paths: { '/x': { get: { responses: 'none' } } } })),
      /not a valid OpenAPI document/,
    ],
    ['a missing file', (repo) => join(repo.root, 'nowhere.json'), /cannot read .*ENOENT/],
  ];

  for (const [name, sourceOf, message] of refusals) {
    it(`refuses ${name}, leaving the tree as it was`, async () => {
      const repo = scratch();
      const before = repo.snapshot();
      const source = sourceOf(repo);
      const afterWrite = repo.snapshot();
      const error = await updateSpec({ source, root: repo.root }).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(SpecSourceError);
      expect((error as Error).message).toMatch(message);
      expect(repo.snapshot()).toEqual(afterWrite);
      expect(Object.keys(afterWrite).length - Object.keys(before).length).toBeLessThanOrEqual(1);
    });
  }

  it('names an overlay action whose target vanished, leaving the tree as it was', async () => {
    const repo = scratch();
    mkdirSync(join(repo.root, 'openapi/overlays'), { recursive: true });
    write(
      repo,
      'openapi/overlays/99-vanished.yaml',
      stringify({
        overlay: '1.0.0',
        info: { title: 'a note on an operation Dolfin removed', version: '1' },
        actions: [{ target: "$.paths['/retired'].get", description: 'retired note', update: { 'x-dolfin-note': 'gone' } }],
      }),
    );
    const source = write(repo, 'fixture.json', JSON.stringify(changedDocument()));
    const before = repo.snapshot();
    const error = await updateSpec({ source, root: repo.root }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OverlayError);
    expect((error as Error).message).toBe(
      `99-vanished.yaml action #1 "retired note" (target $.paths['/retired'].get) matches nothing in the description`,
    );
    expect(repo.snapshot()).toEqual(before);
  });
});
