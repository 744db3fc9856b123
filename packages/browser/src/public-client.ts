import type { DolfinClient, FetchFunction, TransportOptions } from '@dolfinai/core';
import { createDolfinClient } from '@dolfinai/core/internal';
import type { paths } from '@dolfinai/types';

/**
 * The operations the API serves without a credential (`security: []` in the spec; the contract tests check this
 * list against it): the code exchange, the hosted payment page's invoice view and checkout, accepting a client invite.
 */
export type PublicPath =
  | '/auth/exchange'
  | '/client-invites/accept'
  | '/i/{token}'
  | '/i/{token}/checkout-session';

/** A client of the public operations only. */
export type PublicClient = DolfinClient<Pick<paths, PublicPath>>;

export interface PublicClientOptions extends TransportOptions {
  /** API origin. @default 'https://api.dolfinai.co' */
  baseUrl?: string;
  /** The fetch to use: any fetch, including one that takes only the `Request`. @default globalThis.fetch */
  fetch?: FetchFunction;
  /** Headers sent on every request (the API's CORS policy must allow them); never a credential. */
  headers?: Record<string, string>;
}

/**
 * A typed client for the operations that need no credential, for a page that has no session yet (the hosted
 * payment page, an invite link, the sign-in callback). It sends no credential at all and offers no other operation.
 * @example
 * const visitor = createPublicClient();
 * const invoice = await unwrap(visitor.GET('/i/{token}', { params: { path: { token } } }));
 */
export function createPublicClient(options: PublicClientOptions = {}): PublicClient {
  // Whatever else the options hold, this client has no credential and no organisation.
  const setup = { ...options, credential: undefined, organisationId: undefined };
  return createDolfinClient(setup) as unknown as PublicClient;
}
