// The server-sent event parser, fed the sample stream cut at every byte offset.
import { parseServerSentEvents, ServerSentEventError } from '@dolfinai/core';
import { describe, expect, it } from 'vitest';
import { type AgentFrame, chunksAt, collect, expectedEvents, sampleStream } from './sse-sample.js';

const bytes = new TextEncoder().encode(sampleStream);

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('parseServerSentEvents', () => {
  it('parses the whole stream in one chunk', async () => {
    const events = await collect(parseServerSentEvents<AgentFrame>(streamOf([bytes]), { json: true }));
    expect(events).toEqual(expectedEvents);
  });

  it('gives the same events wherever one cut falls (inside CRLF, a field name, a UTF-8 character, the BOM)', async () => {
    for (let offset = 1; offset < bytes.length; offset++) {
      const events = await collect(
        parseServerSentEvents(streamOf(chunksAt(bytes, [offset])), { json: true }),
      );
      expect(events, `cut at byte ${offset}`).toEqual(expectedEvents);
    }
  });

  it('gives the same events one byte at a time', async () => {
    const offsets = Array.from({ length: bytes.length - 1 }, (_, index) => index + 1);
    const events = await collect(parseServerSentEvents(streamOf(chunksAt(bytes, offsets)), { json: true }));
    expect(events).toEqual(expectedEvents);
  });

  it('keeps data as text unless asked for JSON, joining data lines with LF', async () => {
    const events = await collect(parseServerSentEvents(streamOf([bytes])));
    expect(events.map((event) => event.data)).toEqual([
      '{"id":"0c123456-abcd-ef01-2345-6789abcdef01"}',
      '{"content":"Invoice INV-0001 for £114.00 "}',
      '{"content":"is sent ✅"}',
      '{"type":"invoice_sent",\n "label":"Sent INV-0001","params":{"invoiceId":"f6789012-abcd-ef01-2345-6789abcdef01"}}',
      '{"done":true}',
    ]);
  });

  it('dispatches an empty data field as an empty event, and ignores an id holding NUL', async () => {
    const text = 'id: 7\ndata\n\nid: bad\0id\ndata:\n\n';
    const events = await collect(parseServerSentEvents(streamOf([new TextEncoder().encode(text)])));
    expect(events).toEqual([
      { event: 'message', data: '', id: '7', retry: undefined },
      { event: 'message', data: '', id: '7', retry: undefined },
    ]);
  });

  it('names the event whose data is not JSON', async () => {
    const text = 'event: action\ndata: not json\n\n';
    const events = parseServerSentEvents(streamOf([new TextEncoder().encode(text)]), { json: true });
    const error = await collect(events).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ServerSentEventError);
    expect(error).toMatchObject({
      name: 'ServerSentEventError',
      message: 'The data of a "action" event is not JSON: not json',
    });
  });

  it('cancels the stream when the loop stops early', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('data: {"content":"more"}\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of parseServerSentEvents(stream, { json: true })) {
      expect(event.data).toEqual({ content: 'more' });
      break;
    }
    expect(cancelled).toBe(true);
  });
});
