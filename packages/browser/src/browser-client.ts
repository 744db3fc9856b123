import {
  checkSecret,
  createDolfinClient,
  type DolfinClient,
  DolfinOptionError,
  type OrganisationClient,
} from '@dolfinai/core';

export interface BrowserClientOptions {
  /** The session token from `exchangeCode` (`Authorization: Bearer`). */
  token: string;
  /** Organisation sent as `x-dolfin-organisation-id` on every request; a per-request header overrides it. */
  organisationId?: string;
  /** API origin. @default 'https://api.dolfinai.co' */
  baseUrl?: string;
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** The client's type: with an `organisationId`, the organisation header is optional on every call. */
export type BrowserClient<Options extends BrowserClientOptions = BrowserClientOptions> = Options extends {
  organisationId: string;
}
  ? OrganisationClient
  : DolfinClient;

/**
 * A typed client for the user's browser: every request carries the session token as a bearer token, and the
 * organisation header when an organisation is set. It refuses to send an API key.
 * @example
 * const session = await exchangeCode(code);
 * const dolfin = createBrowserClient({ token: session.token, organisationId: session.organisations[0].organisationId });
 * const { data } = await dolfin.GET('/invoices');
 */
export function createBrowserClient<const Options extends BrowserClientOptions>(
  options: Options,
): BrowserClient<Options> {
  if (typeof options !== 'object' || options === null) {
    throw new DolfinOptionError('options', 'createBrowserClient needs an options object with a token');
  }
  const authorization = `Bearer ${checkSecret('token', options.token)}`;
  return createDolfinClient({
    baseUrl: options.baseUrl,
    organisationId: options.organisationId,
    fetch: options.fetch,
    credential: {
      onRequest({ request }) {
        if (request.headers.has('x-dolfin-api-key')) {
          throw new DolfinOptionError(
            'headers',
            'The browser client never sends x-dolfin-api-key; API keys stay on your server',
          );
        }
        request.headers.set('authorization', authorization);
        return request;
      },
    },
  }) as BrowserClient<Options>;
}
