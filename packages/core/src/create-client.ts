import type { paths } from '@dolfinai/types';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { DolfinClient, OrganisationClient } from './client-types.js';
import { checkOrganisationId, resolveBaseUrl } from './options.js';
import { fillPath } from './path-params.js';
import type { FetchFunction } from './transport/attempt.js';
import type { Credential } from './transport/credential.js';
import { routeTagger } from './transport/request-log.js';
import { markingRequest } from './transport/request-marks.js';
import { resolveTransportOptions, type TransportOptions } from './transport/settings.js';
import { createTransport } from './transport/transport.js';

export const ORGANISATION_HEADER = 'x-dolfin-organisation-id';

/** The server client's credential header; the browser client refuses to send it. */
export const API_KEY_HEADER = 'x-dolfin-api-key';

export interface ClientSetup extends TransportOptions {
  /** @default 'https://api.dolfinai.co' */
  baseUrl?: string | undefined;
  /** Sent as the organisation header on every call that names none. */
  organisationId?: string | undefined;
  /** This side's credential; none for public routes such as the code exchange. */
  credential?: Credential | undefined;
  /** @default globalThis.fetch, looked up at each request so test tools that replace it still see the calls */
  fetch?: typeof globalThis.fetch | undefined;
}

/**
 * Builds the shared client: checked options, the organisation header, safe path parameters, and the transport
 * (credential, retries, timeouts, logging) as openapi-fetch's fetch.
 */
export function createDolfinClient(setup: ClientSetup & { organisationId: string }): OrganisationClient;
export function createDolfinClient(setup: ClientSetup): DolfinClient;
export function createDolfinClient(setup: ClientSetup): DolfinClient | OrganisationClient {
  const baseUrl = resolveBaseUrl(setup.baseUrl);
  const organisationId = checkOrganisationId(setup.organisationId);
  const settings = resolveTransportOptions(setup);
  const fetch: FetchFunction = setup.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const apiPrefix = `${new URL(baseUrl).origin}/`;
  const transport = createTransport({ ...settings, fetch, apiPrefix, credential: setup.credential });
  const client = createClient<paths>({
    baseUrl,
    fetch: transport,
    Request: markingRequest(apiPrefix),
    pathSerializer: fillPath,
    // A per-call header of the same name replaces it (openapi-fetch merges call headers over these).
    headers: organisationId ? { [ORGANISATION_HEADER]: organisationId } : undefined,
  });
  if (settings.logger) keepLast(client, routeTagger);
  return client as unknown as DolfinClient;
}

/** Registers `last` and keeps it after any middleware `use` adds later, so it sees the request actually sent. */
function keepLast(client: Client<paths>, last: Middleware): void {
  const use = client.use.bind(client);
  use(last);
  client.use = (...middleware) => {
    client.eject(last);
    use(...middleware, last);
  };
}
