import { DolfinError } from './errors.js';
import { clip } from './excerpt.js';
import { unwrap } from './unwrap.js';

/** One event of a `text/event-stream`, as the WHATWG HTML "server-sent events" parsing rules dispatch it. */
export interface ServerSentEvent<Data = string> {
  /** The `event:` field, or `'message'` for an unnamed event (as `EventSource` reports it). */
  event: string;
  /** The event's `data:` lines joined with `\n`; parsed as JSON with `{ json: true }`. */
  data: Data;
  /** The last `id:` the stream sent (it carries over to later events), or `''` when it sent none. */
  id: string;
  /** The reconnection time in milliseconds the stream last asked for with `retry:`, if any. */
  retry: number | undefined;
}

export interface ServerSentEventOptions {
  /**
   * Parse each event's data as JSON. The result is not validated: the type parameter states what the stream is
   * documented to send.
   * @default false
   */
  json?: boolean;
}

/** A server-sent event stream could not be read as documented: wrong content type, or data that is not JSON. */
export class ServerSentEventError extends DolfinError {
  override name = 'ServerSentEventError';
}

/**
 * Reads server-sent events from `Source`: each event's data as text, or with `{ json: true }` parsed as JSON of the
 * type the caller names (not validated: it states what the stream is documented to send).
 */
export interface ServerSentEventReader<Source> {
  <Data = unknown>(
    source: Source,
    options: ServerSentEventOptions & { json: true },
  ): AsyncGenerator<ServerSentEvent<Data>, void, undefined>;
  (source: Source, options?: ServerSentEventOptions): AsyncGenerator<ServerSentEvent, void, undefined>;
}

/**
 * Iterates the events of a `text/event-stream` body as they arrive: `event:`, `data:` (several lines join with
 * `\n`), `id:` and `retry:` fields, `:` comments, and LF, CRLF or CR line ends, however the chunks split them.
 * An event is dispatched at the blank line that ends it; an unfinished event at the end of the stream is dropped,
 * as the spec requires. Leaving the loop early cancels the stream.
 * @example
 * for await (const event of parseServerSentEvents(response.body!, { json: true })) console.log(event.data);
 */
export const parseServerSentEvents = readStream as ServerSentEventReader<ReadableStream<Uint8Array>>;

/**
 * Awaits an openapi-fetch call made with `parseAs: 'stream'` and iterates the server-sent events of its body. A
 * non-2xx answer throws the same typed error as `unwrap` when iteration starts.
 * @example
 * const call = client.POST('/agent/ar', { body: { message: 'Invoice Riverside' }, parseAs: 'stream' });
 * for await (const { event, data } of serverSentEvents<AgentFrame>(call, { json: true })) console.log(event, data);
 */
export const serverSentEvents = readCall as ServerSentEventReader<Promise<StreamResult>>;

async function* readStream(
  stream: ReadableStream<Uint8Array>,
  options: ServerSentEventOptions = {},
): AsyncGenerator<ServerSentEvent<unknown>, void, undefined> {
  const reader = stream.getReader();
  const lines = new LineSplitter();
  const fields = new EventBuilder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      for (const line of done ? lines.end() : lines.push(value)) {
        const event = fields.take(line);
        if (event) yield options.json ? { ...event, data: parseJson(event) } : event;
      }
      if (done) return;
    }
  } finally {
    // Runs on `break` or a thrown error too: stop the download instead of leaving the connection open.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

async function* readCall(
  call: Promise<StreamResult>,
  options: ServerSentEventOptions = {},
): AsyncGenerator<ServerSentEvent<unknown>, void, undefined> {
  const body = await unwrap(call);
  const { response } = await call;
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('text/event-stream')) {
    await body?.cancel();
    throw new ServerSentEventError(
      `Expected a text/event-stream response, got "${contentType || 'no content type'}"`,
    );
  }
  if (!body) return;
  yield* readStream(body, options);
}

/** What openapi-fetch resolves to for a call made with `parseAs: 'stream'`. */
interface StreamResult {
  data?: ReadableStream<Uint8Array> | null;
  error?: unknown;
  response: Response;
}

/** The longest line an event stream may send (1 MiB): far beyond any event the API sends. */
const MAX_LINE = 1_048_576;

/** Decodes UTF-8 across chunk boundaries and cuts it into lines at LF, CRLF or CR. */
class LineSplitter {
  private readonly decoder = new TextDecoder();
  private pending = '';
  /** A chunk ended with CR: an LF opening the next one belongs to the same line end. */
  private skipLineFeed = false;

  push(chunk: Uint8Array): string[] {
    return this.split(this.decoder.decode(chunk, { stream: true }));
  }

  /** The stream ended: whatever follows the last line end is an unterminated line, which the caller drops. */
  end(): string[] {
    const lines = this.split(this.decoder.decode());
    this.pending = '';
    return lines;
  }

  private split(text: string): string[] {
    // A chunk can decode to nothing (half a UTF-8 character): keep the CR state for the next one.
    if (text === '') return [];
    let rest = text;
    if (this.skipLineFeed && rest.startsWith('\n')) rest = rest.slice(1);
    this.skipLineFeed = false;
    const lines: string[] = [];
    let start = 0;
    for (let index = 0; index < rest.length; index++) {
      const char = rest[index];
      if (char !== '\n' && char !== '\r') continue;
      lines.push(this.pending + rest.slice(start, index));
      this.pending = '';
      if (char === '\r') {
        if (index + 1 === rest.length) this.skipLineFeed = true;
        else if (rest[index + 1] === '\n') index++;
      }
      start = index + 1;
    }
    this.pending += rest.slice(start);
    // A server that never ends a line would otherwise grow this buffer until the process runs out of memory.
    if (this.pending.length > MAX_LINE) {
      throw new ServerSentEventError(
        `A server-sent event line grew past ${MAX_LINE} characters without ending`,
      );
    }
    return lines;
  }
}

/** Collects the fields of one event and hands the event over at the blank line that ends it. */
class EventBuilder {
  private type = '';
  private data = '';
  private lastId = '';
  private retry: number | undefined;

  take(line: string): ServerSentEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.type = value;
    else if (field === 'data') this.data += `${value}\n`;
    else if (field === 'id' && !value.includes('\0')) this.lastId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
    return undefined;
  }

  private dispatch(): ServerSentEvent | undefined {
    const { type, data } = this;
    this.type = '';
    this.data = '';
    if (data === '') return undefined;
    return { event: type || 'message', data: data.slice(0, -1), id: this.lastId, retry: this.retry };
  }
}

function parseJson(event: ServerSentEvent): unknown {
  try {
    return JSON.parse(event.data);
  } catch (error) {
    throw new ServerSentEventError(
      `The data of a "${event.event}" event is not JSON: ${clip(event.data, 80)}`,
      {
        cause: error,
      },
    );
  }
}
