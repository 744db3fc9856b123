import type { paths } from '@dolfinai/types';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { ClientOwnedOption, DolfinClient, OrganisationClient } from './client-types.js';
import { DolfinOptionError } from './errors.js';
import { ORGANISATION_HEADER } from './headers.js';
import { checkHeaders, checkOrganisationId, resolveBaseUrl } from './options.js';
import { fillPath } from './path-params.js';
import type { FetchFunction } from './transport/attempt.js';
import type { Credential } from './transport/credential.js';
import { routeTagger } from './transport/request-log.js';
import { markingRequest } from './transport/request-marks.js';
import { resolveTransportOptions, type TransportOptions } from './transport/settings.js';
import { createTransport } from './transport/transport.js';

export interface ClientSetup extends TransportOptions {
  /** @default 'https://api.dolfinai.co' */
  baseUrl?: string | undefined;
  /** Sent as the organisation header on every call that names none. */
  organisationId?: string | undefined;
  /** This side's credential; none for public routes such as the code exchange. */
  credential?: Credential | undefined;
  /**
   * Any fetch, including one that takes only the `Request`.
   * @default globalThis.fetch, looked up at each request so test tools that replace it still see the calls
   */
  fetch?: FetchFunction | undefined;
  /** Sent on every request; a call's own header of the same name wins. Never a credential or the organisation. */
  headers?: Record<string, string> | undefined;
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
  const headers = checkHeaders(setup.headers);
  const settings = resolveTransportOptions(setup);
  const fetch: FetchFunction = setup.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const apiPrefix = `${new URL(baseUrl).origin}/`;
  const transport = createTransport({ ...settings, fetch, apiPrefix, credential: setup.credential });
  const client = createClient<paths>({
    baseUrl,
    fetch: transport,
    Request: markingRequest(apiPrefix),
    pathSerializer: fillPath,
    // A per-call header of the same name replaces these (openapi-fetch merges call headers over them).
    headers: organisationId ? { ...headers, [ORGANISATION_HEADER]: organisationId } : headers,
  });
  if (settings.logger) keepLast(client, routeTagger);
  refuseClientOwnedOptions(client);
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

/**
 * openapi-fetch lets a call replace the client's `fetch` and `pathSerializer`, which would silently skip the
 * transport or the path checks; the types leave both out, and this refuses them at run time too (as a rejected
 * promise, like any other failed call). The init is every call's last argument. The wrappers are closures, so a
 * method called unbound (as openapi-react-query does) still works.
 */
function refuseClientOwnedOptions(client: Client<paths>): void {
  const calls = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of Object.keys(calls)) {
    const call = calls[name] as (...args: unknown[]) => Promise<unknown>;
    if (name !== 'use' && name !== 'eject') calls[name] = (...args) => refusal(args.at(-1)) ?? call(...args);
  }
}

function refusal(init: unknown): Promise<never> | undefined {
  const options = init as Partial<Record<ClientOwnedOption, unknown>> | undefined;
  const owned = options?.fetch ? 'fetch' : options?.pathSerializer ? 'pathSerializer' : undefined;
  // A call's own fetch would skip the credential, retries, timeout and logging; its own pathSerializer, the checks.
  return (
    owned && Promise.reject(new DolfinOptionError(owned, `${owned} is a client option, not a call option`))
  );
}
