// A server-sent event stream that uses every rule of the format, and the events it must produce.
import type { AgentStreamEvent, ServerSentEvent } from '@dolfinai/server';

/** The frames the agent endpoints document (the spec's `AgentStreamEvent`; see `POST /agent/ar`). */
export type AgentFrame = AgentStreamEvent;

export const conversationId = '0c123456-abcd-ef01-2345-6789abcdef01';

/** BOM, comments, `retry:`, an event without data, CRLF, LF and lone-CR line ends, multi-byte text, multi-line data. */
export const sampleStream = [
  '\uFEFF: stream opened\r\n',
  'retry: 3000\r\n',
  'event: ignored-without-data\r\n',
  '\r\n',
  'event: conversation\r\n',
  'id: 1\r\n',
  `data: {"id":"${conversationId}"}\r\n`,
  '\r\n',
  'data: {"content":"Invoice INV-0001 for £114.00 "}\n',
  '\n',
  'data:{"content":"is sent ✅"}\r',
  '\r',
  'event: action\n',
  'data: {"type":"invoice_sent",\n',
  'data:  "label":"Sent INV-0001","params":{"invoiceId":"f6789012-abcd-ef01-2345-6789abcdef01"}}\n',
  '\n',
  ': keep-alive\n',
  'retry: soon\n',
  'id\n',
  'data: {"done":true}\n',
  '\n',
  'data: {"content":"an unfinished event is dropped"}\n',
].join('');

export const expectedEvents: ServerSentEvent<AgentFrame>[] = [
  { event: 'conversation', data: { id: conversationId }, id: '1', retry: 3000 },
  { event: 'message', data: { content: 'Invoice INV-0001 for £114.00 ' }, id: '1', retry: 3000 },
  { event: 'message', data: { content: 'is sent ✅' }, id: '1', retry: 3000 },
  {
    event: 'action',
    data: {
      type: 'invoice_sent',
      label: 'Sent INV-0001',
      params: { invoiceId: 'f6789012-abcd-ef01-2345-6789abcdef01' },
    },
    id: '1',
    retry: 3000,
  },
  { event: 'message', data: { done: true }, id: '', retry: 3000 },
];

/** Byte offsets of the sample that cut inside the BOM, a CRLF, a field name, a `£` and a `✅`, and a JSON value. */
export function awkwardCuts(bytes: Uint8Array): number[] {
  const text = Buffer.from(bytes);
  const at = (needle: string, plus: number) => {
    const index = text.indexOf(needle);
    if (index === -1) throw new Error(`The sample no longer holds ${JSON.stringify(needle)}`);
    return index + plus;
  };
  const cuts = [
    1,
    at('\r\n', 1),
    at('conversation', 3),
    at('£', 1),
    at('✅', 1),
    at('✅', 2),
    at('"label"', 4),
  ];
  return cuts.sort((a, b) => a - b);
}

/** The stream's bytes cut at the given offsets. */
export function chunksAt(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const edges = [0, ...offsets, bytes.length];
  return edges.slice(1).map((end, index) => bytes.slice(edges[index], end));
}

/** Every item of an async iterable, in order. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
