// What the server client sends besides the call's own headers: the SDK's name and version (unless turned off) and
// the app's default `headers`, which can never carry or replace a credential.
import { readFileSync } from 'node:fs';
import { createServerClient, DolfinOptionError, unwrap } from '@dolfinai/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HeaderServer, listenForHeaders } from '../../../test/header-server.js';

const apiKey = 'dol_live_abc123';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
let api: HeaderServer;
beforeAll(async () => {
  api = await listenForHeaders();
});
afterAll(() => api.close());
const lastHeaders = () => api.received.at(-1)?.headers;

describe('the x-dolfin-sdk header', () => {
  it('names the package and its version on every request by default', async () => {
    await unwrap(createServerClient({ apiKey, baseUrl: api.url }).GET('/industries'));
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(lastHeaders()?.['x-dolfin-sdk']).toBe(`@dolfinai/server/${version}`);
  });

  it('is left out with sdkHeader: false', async () => {
    await unwrap(createServerClient({ apiKey, baseUrl: api.url, sdkHeader: false }).GET('/industries'));
    expect(lastHeaders()).not.toHaveProperty('x-dolfin-sdk');
  });
});

describe('default headers', () => {
  it('are sent on every request, and a per-call header of the same name wins', async () => {
    const dolfin = createServerClient({ apiKey, baseUrl: api.url, headers: { 'x-trace-tenant': 'acme' } });
    await unwrap(dolfin.GET('/industries'));
    expect(lastHeaders()).toMatchObject({ 'x-trace-tenant': 'acme', 'x-dolfin-api-key': apiKey });
    await unwrap(dolfin.GET('/industries', { headers: { 'x-trace-tenant': 'globex' } }));
    expect(lastHeaders()?.['x-trace-tenant']).toBe('globex');
  });

  it.each(['x-dolfin-api-key', 'X-Dolfin-Api-Key', 'authorization', 'x-dolfin-organisation-id'])(
    'cannot set %s, and the error does not quote the value',
    (name) => {
      const build = () =>
        createServerClient({ apiKey, baseUrl: api.url, headers: { [name]: 'dol_live_other' } });
      expect(build).toThrow(DolfinOptionError);
      try {
        build();
      } catch (error) {
        expect(error).toMatchObject({ option: 'headers' });
        expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toContain('dol_live_other');
      }
    },
  );

  it.each([
    ['a line break in a value', { 'x-note': 'a\r\nx-dolfin-api-key: dol_live_other' }],
    ['a space in a name', { 'x note': 'dol_live_other' }],
    ['a NUL in a value', { 'x-note': 'dol_live_other\0' }],
  ])('refuses %s without quoting it', (_, headers) => {
    const build = () => createServerClient({ apiKey, baseUrl: api.url, headers });
    expect(build).toThrow(DolfinOptionError);
    try {
      build();
    } catch (error) {
      expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toContain('dol_live_other');
    }
  });

  it('never replace the API key, even on a request whose call passes one', async () => {
    const dolfin = createServerClient({ apiKey, baseUrl: api.url });
    await unwrap(dolfin.GET('/industries', { headers: { 'x-dolfin-api-key': 'dol_live_other' } }));
    expect(lastHeaders()?.['x-dolfin-api-key']).toBe(apiKey);
  });
});
