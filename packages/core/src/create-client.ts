import type { paths } from '@dolfinai/types';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { checkOrganisationId, resolveBaseUrl } from './options.js';

/** A typed openapi-fetch client for every Dolfin operation. */
export type DolfinClient = Client<paths>;

export const ORGANISATION_HEADER = 'x-dolfin-organisation-id';

export interface ClientSetup {
  baseUrl: string | undefined;
  organisationId: string | undefined;
  /** Adds this side's credential to each request. */
  credential: Middleware;
  fetch?: typeof globalThis.fetch | undefined;
}

/** Builds the shared client: checked options, the credential, and the default organisation header. */
export function createDolfinClient(setup: ClientSetup): DolfinClient {
  const baseUrl = resolveBaseUrl(setup.baseUrl);
  const organisationId = checkOrganisationId(setup.organisationId);
  const client = createClient<paths>({ baseUrl, ...(setup.fetch ? { fetch: setup.fetch } : {}) });
  client.use(setup.credential);
  if (organisationId) client.use(defaultOrganisation(organisationId));
  return client;
}

/** Sets the organisation header unless the request names one itself. */
function defaultOrganisation(organisationId: string): Middleware {
  return {
    onRequest({ request }) {
      if (!request.headers.has(ORGANISATION_HEADER)) request.headers.set(ORGANISATION_HEADER, organisationId);
      return request;
    },
  };
}
