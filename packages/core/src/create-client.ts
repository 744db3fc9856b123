import type { paths } from '@dolfinai/types';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { checkOrganisationId, resolveBaseUrl } from './options.js';
import type { OrganisationBoundPaths } from './organisation-bound.js';

/** A typed openapi-fetch client for every Dolfin operation. */
export type DolfinClient = Client<paths>;

/** A client bound to one organisation: the organisation header is optional on every call. */
export type OrganisationClient = Client<OrganisationBoundPaths>;

export const ORGANISATION_HEADER = 'x-dolfin-organisation-id';

export interface ClientSetup {
  baseUrl: string | undefined;
  organisationId: string | undefined;
  /** Adds this side's credential to each request; none for public routes such as the code exchange. */
  credential?: Middleware | undefined;
  fetch?: typeof globalThis.fetch | undefined;
}

/** Builds the shared client: checked options, the credential, and the default organisation header. */
export function createDolfinClient(setup: ClientSetup & { organisationId: string }): OrganisationClient;
export function createDolfinClient(setup: ClientSetup): DolfinClient;
export function createDolfinClient(setup: ClientSetup): DolfinClient | OrganisationClient {
  const baseUrl = resolveBaseUrl(setup.baseUrl);
  const organisationId = checkOrganisationId(setup.organisationId);
  const client = createClient<paths>({ baseUrl, ...(setup.fetch ? { fetch: setup.fetch } : {}) });
  if (setup.credential) client.use(setup.credential);
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
