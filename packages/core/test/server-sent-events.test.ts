// Hostile event streams: a line that never ends must not grow without bound, and data that is not JSON keeps the
// SyntaxError as its cause.
import { parseServerSentEvents, ServerSentEventError } from '@dolfinai/core';
import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../../../test/fault-server.js';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function drain(stream: ReadableStream<Uint8Array>, json = false) {
  const events: unknown[] = [];
  for await (const event of parseServerSentEvents(stream, { json })) events.push(event);
  return events;
}

describe('hostile event streams', () => {
  it('a line longer than 1 MB is refused instead of buffered for ever', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const error = await rejectionOf(drain(streamOf('data: ', ...Array(20).fill(chunk))));
    expect(error).toBeInstanceOf(ServerSentEventError);
    expect((error as Error).message).toMatch(/line/);
  });

  it('long lines under the bound are fine', async () => {
    const events = await drain(streamOf(`data: ${'y'.repeat(100_000)}\n\n`));
    expect(events).toHaveLength(1);
  });

  it('data that is not JSON keeps the SyntaxError as cause', async () => {
    const error = await rejectionOf(drain(streamOf('data: {nope\n\n'), true));
    expect(error).toBeInstanceOf(ServerSentEventError);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });
});
