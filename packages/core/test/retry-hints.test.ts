// The server's hints about retrying: `x-should-retry` and `retry-after-ms` (as Stainless SDKs honour them), and
// the odd `Retry-After` values a proxy or a misconfigured server sends.
import { describe, expect, it } from 'vitest';
import { ok, problem, useFaultServers } from '../../../test/fault-server.js';
import { organisationBody, testClient } from './test-client.js';

const serve = useFaultServers();

const fast = { backoff: { initialDelay: 1, maxDelay: 1 } };

describe('x-should-retry', () => {
  it('false: a read that would be retried is not', async () => {
    const { url, hits } = await serve(problem(503, { 'x-should-retry': 'false' }), ok([]));
    const { response } = await testClient(url, fast).GET('/industries');
    expect(response.status).toBe(503);
    expect(hits).toHaveLength(1);
  });

  it('false beats a Retry-After on a 429', async () => {
    const { url, hits } = await serve(
      problem(429, { 'x-should-retry': 'false', 'retry-after': '0' }),
      ok([]),
    );
    await testClient(url, fast).GET('/industries');
    expect(hits).toHaveLength(1);
  });

  it('true: the server says it did not act, so even a write is re-sent', async () => {
    const { url, hits } = await serve(problem(500, { 'x-should-retry': 'true' }), ok({ id: 'org' }, 201));
    const { response } = await testClient(url, fast).POST('/organisations', { body: organisationBody });
    expect(response.status).toBe(201);
    expect(hits.map((hit) => hit.method)).toEqual(['POST', 'POST']);
  });

  it('true never goes past maxRetries', async () => {
    const { url, hits } = await serve(problem(400, { 'x-should-retry': 'true' }));
    await testClient(url, { ...fast, maxRetries: 2 }).GET('/industries');
    expect(hits).toHaveLength(3);
  });

  it('anything else is no hint at all', async () => {
    const { url, hits } = await serve(problem(500, { 'x-should-retry': 'maybe' }), ok({ id: 'org' }, 201));
    await testClient(url, fast).POST('/organisations', { body: organisationBody });
    expect(hits).toHaveLength(1);
  });
});

describe('retry-after-ms', () => {
  it('is preferred to Retry-After', async () => {
    const { url, hits } = await serve(problem(429, { 'retry-after-ms': '5', 'retry-after': '120' }), ok([]));
    const { response } = await testClient(url, fast).GET('/industries');
    expect(response.status).toBe(200);
    expect(hits).toHaveLength(2);
  });

  it('counts as a Retry-After for a 503 write: the server named a time to come back', async () => {
    const { url, hits } = await serve(problem(503, { 'retry-after-ms': '1.5' }), ok({ id: 'org' }, 201));
    await testClient(url, fast).POST('/organisations', { body: organisationBody });
    expect(hits).toHaveLength(2);
  });
});

describe('odd Retry-After values', () => {
  it.each([['soon 1'], ['banana 2'], ['later, maybe 10'], ['-1'], ['1e3'], ['']])(
    'a 503 write with Retry-After %j is not re-sent: it names no time',
    async (value) => {
      const { url, hits } = await serve(problem(503, { 'retry-after': value }), ok({ id: 'org' }, 201));
      const { response } = await testClient(url, fast).POST('/organisations', { body: organisationBody });
      expect(response.status).toBe(503);
      expect(hits).toHaveLength(1);
    },
  );

  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  it.each([
    ['an IMF date', (date: Date) => date.toUTCString()],
    [
      'an RFC 850 date',
      (date: Date) => {
        const [, day, month, year, time] = date.toUTCString().split(' ');
        return `${days[date.getUTCDay()]}, ${day}-${month}-${year?.slice(2)} ${time} GMT`;
      },
    ],
    [
      'an asctime date',
      (date: Date) => {
        const [weekday, day, month, year, time] = date.toUTCString().split(' ');
        return `${weekday?.slice(0, 3)} ${month} ${day?.padStart(2, ' ')} ${time} ${year}`;
      },
    ],
  ])('%s in the past means now', async (_, format) => {
    const { url, hits } = await serve(
      problem(503, { 'retry-after': format(new Date(Date.now() - 5_000)) }),
      ok({ id: 'org' }, 201),
    );
    await testClient(url, fast).POST('/organisations', { body: organisationBody });
    expect(hits).toHaveLength(2);
  });

  it('a huge delay returns the answer at once instead of waiting', async () => {
    const { url, hits } = await serve(problem(429, { 'retry-after': '99999999999999999999' }), ok([]));
    const started = performance.now();
    const { response } = await testClient(url, fast).GET('/industries');
    expect(response.status).toBe(429);
    expect(hits).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a wait longer than the attempt timeout is not made: the answer comes back', async () => {
    const { url, hits } = await serve(problem(429, { 'retry-after': '2' }), ok([]));
    const { response } = await testClient(url, { ...fast, timeout: 500 }).GET('/industries');
    expect(response.status).toBe(429);
    expect(hits).toHaveLength(1);
  });
});
