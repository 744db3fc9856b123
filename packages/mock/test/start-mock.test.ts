import { MockStartError, type RunningMock, startMock } from '@dolfinai/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../../test/loopback-server.js';

const apiKey = { 'x-dolfin-api-key': 'dol_live_abc123' };
const running: RunningMock[] = [];

async function start(options?: Parameters<typeof startMock>[0]): Promise<RunningMock> {
  const mock = await startMock(options);
  running.push(mock);
  return mock;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((mock) => mock.stop()));
});

describe('startMock', { timeout: 20_000 }, () => {
  it('listens on a free loopback port by default and serves the documented examples', async () => {
    const [first, second] = await Promise.all([start(), start()]);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    expect(second.url).not.toBe(first.url);

    const response = await fetch(`${first.url}/industries`, { headers: apiKey });
    expect(response.status).toBe(200);
    expect(await response.json()).toContainEqual(expect.objectContaining({ name: 'Plumbing & HVAC' }));
  });

  it('checks for a credential and validates requests', async () => {
    const mock = await start();
    expect((await fetch(`${mock.url}/industries`)).status).toBe(401);
    const invalid = await fetch(`${mock.url}/organisations`, {
      method: 'POST',
      headers: { ...apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ industryId: 'not-a-uuid' }),
    });
    expect(invalid.status).toBe(400);
  });

  it('generates responses from the schemas when dynamic', async () => {
    const mock = await start({ dynamic: true });
    const industries = await (await fetch(`${mock.url}/industries`, { headers: apiKey })).json();
    expect(Array.isArray(industries)).toBe(true);
    expect(industries).not.toContainEqual(expect.objectContaining({ name: 'Plumbing & HVAC' }));
  });

  it('stops listening, and a second stop() returns the same promise', async () => {
    const mock = await start();
    const stopped = mock.stop();
    expect(mock.stop()).toBe(stopped);
    await stopped;
    await expect(fetch(`${mock.url}/industries`, { headers: apiKey })).rejects.toThrow();
  });

  it('says when the port is taken', async () => {
    const blocker = await listenOnLoopback();
    const port = Number(new URL(blocker.url).port);
    try {
      const error = await startMock({ port }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MockStartError);
      expect(error).toMatchObject({ name: 'MockStartError', reason: 'address-in-use' });
      expect((error as Error).message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await blocker.close();
    }
  });

  it.each([
    [{ port: -1 }, 'port must be a whole number from 0 to 65535, got -1'],
    [{ port: 1.5 }, 'port must be a whole number from 0 to 65535, got 1.5'],
    [{ host: ' ' }, 'host must be a non-empty interface name or address'],
  ])('rejects %o before listening', async (options, message) => {
    await expect(startMock(options)).rejects.toMatchObject({ reason: 'invalid-option', message });
  });

  it('names the spec it cannot read', async () => {
    await expect(startMock({ spec: '/nonexistent/dolfin.yaml' })).rejects.toMatchObject({
      reason: 'spec-unreadable',
      message: expect.stringContaining('Cannot read the OpenAPI document /nonexistent/dolfin.yaml'),
    });
  });
});
