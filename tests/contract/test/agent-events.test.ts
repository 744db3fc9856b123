// The agent endpoints through the typed server client, consumed as an async iterator of parsed events: against a
// local SSE server that streams in awkward chunks (Prism does not stream), and against the mock.
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BadRequestError,
  createServerClient,
  type ServerSentEvent,
  ServerSentEventError,
  serverSentEvents,
} from '@dolfinai/server';
import { afterEach, describe, expect, expectTypeOf, inject, it } from 'vitest';
import { type LoopbackServer, listenOnLoopback } from '../../../test/loopback-server.js';
import { eventSchemaOf, isAgentStreamEvent } from './agent-stream-schema.js';
import { specOperations } from './spec-operations.js';
import {
  type AgentFrame,
  awkwardCuts,
  chunksAt,
  collect,
  conversationId,
  expectedEvents,
  sampleStream,
} from './sse-sample.js';

const apiKey = 'dol_live_abc123';
const organisationId = '9a658587-fe02-402e-b1ac-bfaf53274ef8';
const message = 'Invoice Riverside Construction Ltd for one emergency call-out and send it.';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => Promise<void> | void;

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A local HTTP server on a free port of 127.0.0.1, closed after the test. */
async function localServer(handle: Handler): Promise<string> {
  const server = await listenOnLoopback(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    await handle(request, Buffer.concat(chunks).toString('utf8'), response);
  });
  servers.push(server);
  return server.url;
}

/** Writes the sample stream cut inside a CRLF, a field name, a UTF-8 character and a JSON value. */
async function streamSample(response: ServerResponse): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const bytes = new TextEncoder().encode(sampleStream);
  for (const chunk of chunksAt(bytes, awkwardCuts(bytes))) {
    response.write(chunk);
    // Let each write leave as its own chunk before the next one (not needed for correctness).
    await new Promise((resolve) => setImmediate(resolve));
  }
  response.end();
}

describe('agent events from a streaming server', () => {
  it('iterates the parsed events of POST /agent/ar, sent through the typed client', async () => {
    const received: { path?: string; apiKey?: string; organisation?: string; body?: unknown } = {};
    const baseUrl = await localServer(async (request, body, response) => {
      Object.assign(received, {
        path: request.url,
        apiKey: request.headers['x-dolfin-api-key'],
        organisation: request.headers['x-dolfin-organisation-id'],
        body: JSON.parse(body),
      });
      await streamSample(response);
    });
    const dolfin = createServerClient({ apiKey, organisationId, baseUrl });

    const events = serverSentEvents<AgentFrame>(
      dolfin.POST('/agent/ar', { body: { message }, parseAs: 'stream' }),
      {
        json: true,
      },
    );
    const parsed = await collect(events);
    expect(parsed).toEqual(expectedEvents);
    for (const event of parsed) expect(isAgentStreamEvent(event.data), JSON.stringify(event.data)).toBe(true);
    expect(received).toEqual({ path: '/agent/ar', apiKey, organisation: organisationId, body: { message } });
  });

  it('continues a conversation on POST /agent/ap and stops reading when the loop breaks', async () => {
    let closed: Promise<unknown> = Promise.resolve();
    const baseUrl = await localServer((_request, _body, response) => {
      closed = once(response, 'close');
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      // An endless stream: only the client leaving ends it.
      const timer = setInterval(() => response.write('data: {"content":"still thinking"}\n\n'), 1);
      response.on('close', () => clearInterval(timer));
    });
    const dolfin = createServerClient({ apiKey, organisationId, baseUrl });
    const call = dolfin.POST('/agent/ap', {
      body: { message: 'Approve it.', conversationId },
      parseAs: 'stream',
    });

    let first: ServerSentEvent<AgentFrame> | undefined;
    for await (const event of serverSentEvents<AgentFrame>(call, { json: true })) {
      first = event;
      break;
    }
    expect(first).toEqual({
      event: 'message',
      data: { content: 'still thinking' },
      id: '',
      retry: undefined,
    });
    await closed;
  });

  it('throws the typed problem error when the agent refuses the turn', async () => {
    const baseUrl = await localServer((_request, _body, response) => {
      response.writeHead(400, { 'content-type': 'application/problem+json' });
      response.end(
        JSON.stringify({ title: 'Agent.MissingMessage', status: 400, detail: 'message is required' }),
      );
    });
    const dolfin = createServerClient({ apiKey, organisationId, baseUrl });
    const events = serverSentEvents(dolfin.POST('/agent/ar', { body: { message: '' }, parseAs: 'stream' }));
    const error = await events.next().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'Agent.MissingMessage' });
  });

  it('refuses a success answer that is not an event stream', async () => {
    const baseUrl = await localServer((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"content":"not a stream"}');
    });
    const dolfin = createServerClient({ apiKey, organisationId, baseUrl });
    const events = serverSentEvents(dolfin.POST('/agent/ar', { body: { message }, parseAs: 'stream' }));
    const error = await events.next().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ServerSentEventError);
    expect(error).toMatchObject({ message: 'Expected a text/event-stream response, got "application/json"' });
  });
});

describe('agent frame schemas', () => {
  it('describe both agent streams with AgentStreamEvent', () => {
    const agents = specOperations().filter((operation) => operation.path.startsWith('/agent/a'));
    expect(agents.map((operation) => operation.path).sort()).toEqual(['/agent/ap', '/agent/ar']);
    for (const operation of agents)
      expect(eventSchemaOf(operation)).toEqual({ $ref: '#/components/schemas/AgentStreamEvent' });
  });

  it('tell each documented frame from the others', () => {
    for (const frame of [
      { id: conversationId },
      { content: 'Invoice INV-0001 ' },
      { type: 'invoice_sent', label: 'Sent INV-0001', params: {} },
      { done: true },
      { error: 'The agent could not complete the request.', done: true },
    ])
      expect(isAgentStreamEvent(frame), JSON.stringify(frame)).toBe(true);
    for (const frame of [{}, { done: false }, { error: 'no done flag' }, { label: 'no type' }])
      expect(isAgentStreamEvent(frame), JSON.stringify(frame)).toBe(false);
  });
});

describe('agent events from the mock', () => {
  it('parses the documented first turn of POST /agent/ar', async () => {
    const dolfin = createServerClient({ apiKey, organisationId, baseUrl: inject('dolfinMockUrl') });
    const call = dolfin.POST('/agent/ar', { body: { message }, parseAs: 'stream' });
    expectTypeOf(call).resolves.toHaveProperty('data').toEqualTypeOf<Response['body'] | undefined>();

    const frames: AgentFrame[] = [];
    for await (const event of serverSentEvents<AgentFrame>(call, { json: true })) frames.push(event.data);

    expect(frames[0]).toEqual({ id: conversationId });
    expect(frames.at(-1)).toEqual({ done: true });
    expect(frames.filter((frame) => 'content' in frame)).toHaveLength(3);
    for (const frame of frames) expect(isAgentStreamEvent(frame), JSON.stringify(frame)).toBe(true);
  });
});
