// The three pieces the transport's retry loop is made of: which outcomes may be retried, how long to wait, and
// the wait itself.
import { describe, expect, it } from 'vitest';
import { sleep } from '../src/transport/deadline.js';
import { isRetryableFailure, isRetryableResponse } from '../src/transport/retry-decision.js';
import { retryAfterMs, retryDelay } from '../src/transport/retry-delay.js';

const reads = ['GET', 'HEAD', 'OPTIONS'];
const writes = ['POST', 'PUT', 'PATCH', 'DELETE'];

const connection = (code: string | undefined) => ({ kind: 'connection' as const, code, sent: true });
const timeout = { kind: 'timeout' as const, sent: true };

function response(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

describe('which outcomes are retried', () => {
  it.each([
    [408, {}],
    [429, {}],
    [503, { 'retry-after': '1' }],
  ])('retries %i %o for every method: the server refused before acting', (status, headers) => {
    for (const method of [...reads, ...writes]) {
      expect(isRetryableResponse(method, response(status, headers)), method).toBe(true);
    }
  });

  it.each([500, 502, 503, 504])('retries %i only for reads: the server may have acted', (status) => {
    for (const method of reads) expect(isRetryableResponse(method, response(status)), method).toBe(true);
    for (const method of writes) expect(isRetryableResponse(method, response(status)), method).toBe(false);
  });

  it.each(['soon', '-1', ''])('retries a 503 with an unreadable Retry-After %j only for reads', (value) => {
    const unreadable = () => response(503, { 'retry-after': value });
    for (const method of reads) expect(isRetryableResponse(method, unreadable()), method).toBe(true);
    for (const method of writes) expect(isRetryableResponse(method, unreadable()), method).toBe(false);
  });

  it.each([200, 201, 400, 401, 403, 404, 409, 422])('never retries %i', (status) => {
    for (const method of [...reads, ...writes])
      expect(isRetryableResponse(method, response(status))).toBe(false);
  });

  it('retries a write only when the connection failed before anything was sent', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']) {
      expect(isRetryableFailure('POST', connection(code)), code).toBe(true);
    }
    for (const code of ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', undefined]) {
      expect(isRetryableFailure('POST', connection(code)), String(code)).toBe(false);
      expect(isRetryableFailure('GET', connection(code)), String(code)).toBe(true);
    }
    expect(isRetryableFailure('PATCH', timeout)).toBe(false);
    expect(isRetryableFailure('GET', timeout)).toBe(true);
  });

  it('never retries a request its caller aborted, nor one that was never sent', () => {
    expect(isRetryableFailure('GET', { kind: 'aborted', sent: true })).toBe(false);
    expect(isRetryableFailure('GET', { kind: 'credential', sent: false })).toBe(false);
    expect(isRetryableFailure('GET', { kind: 'timeout', sent: false })).toBe(false);
  });
});

describe('how long to wait', () => {
  const backoff = { initialDelay: 500, maxDelay: 8_000, maxRetryAfter: 60_000, timeout: 60_000 };

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-15T10:30:00Z');
    expect(retryAfterMs('3', now)).toBe(3_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Wed, 15 Jan 2025 10:30:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('Wed, 15 Jan 2025 10:29:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-1', now)).toBeUndefined();
  });

  it('waits what Retry-After asks, up to the cap, and gives up beyond it', () => {
    expect(retryDelay(1, response(429, { 'retry-after': '2' }), backoff)).toBe(2_000);
    expect(retryDelay(1, response(429, { 'retry-after': '60' }), backoff)).toBe(60_000);
    expect(retryDelay(1, response(429, { 'retry-after': '61' }), backoff)).toBeUndefined();
  });

  it('backs off exponentially up to maxDelay, with at most 25 % jitter', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4, 5, 6].map((retry) => retryDelay(retry, undefined, backoff, noJitter))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000,
    ]);
    expect(retryDelay(2, undefined, backoff, () => 0.999_999)).toBeCloseTo(750, 0);
    // An unreadable Retry-After falls back to the backoff.
    expect(retryDelay(1, response(503, { 'retry-after': 'later' }), backoff, noJitter)).toBe(500);
  });
});

describe('the wait', () => {
  it('resolves true once the time has passed', async () => {
    await expect(sleep(1, new AbortController().signal)).resolves.toBe(true);
    await expect(sleep(1, undefined)).resolves.toBe(true);
  });

  it('resolves false as soon as the signal aborts, and at once when it already has', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBe(false);
    await expect(sleep(60_000, controller.signal)).resolves.toBe(false);
  });
});
