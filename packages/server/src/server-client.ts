import {
  type ClientFor,
  type DolfinClient,
  DolfinOptionError,
  type FetchFunction,
  type OrganisationClient,
  type TransportOptions,
} from '@dolfinai/core';
import {
  API_KEY_HEADER,
  type Credential,
  checkHeaders,
  checkSecret,
  createDolfinClient,
  providedSecret,
} from '@dolfinai/core/internal';
import { SDK_HEADER, SDK_HEADER_VALUE } from './sdk-header.js';

export interface ServerClientOptions extends TransportOptions {
  /**
   * Your client platform's API key (`x-dolfin-api-key`). Keep it on the server. Or a function returning it (or a
   * promise of it, from a secrets manager), called before each request, so a rotated key is used at once. Its
   * wait counts against `timeout`; if it throws or gives no key, the request fails unsent with a
   * `DolfinCredentialError` (`option: 'apiKey'`).
   * @example createServerClient({ apiKey: () => secrets.get('dolfin-api-key') })
   */
  apiKey: string | (() => string | Promise<string>);
  /** Organisation sent as `x-dolfin-organisation-id` on every request; a per-request header overrides it. */
  organisationId?: string;
  /** API origin. The API key is only ever sent to this origin. @default 'https://api.dolfinai.co' */
  baseUrl?: string;
  /** The fetch to use: any fetch, including one that takes only the `Request`. @default globalThis.fetch */
  fetch?: FetchFunction;
  /**
   * Headers sent on every request; a call's own header of the same name wins. They cannot set the API key or the
   * organisation header (use `apiKey` and `organisationId`).
   * @example createServerClient({ apiKey, headers: { 'x-request-source': 'billing-worker' } })
   */
  headers?: Record<string, string>;
  /**
   * Send `x-dolfin-sdk: @dolfinai/server/<version>` on every request, so the API's logs show which SDK called.
   * @default true
   */
  sdkHeader?: boolean;
  /**
   * Allow running in a browser, where the API key would be exposed to every visitor. Only for trusted,
   * non-public tools.
   * @default false
   */
  dangerouslyAllowBrowser?: boolean;
}

/** The client's type: with an `organisationId`, the organisation header is optional on every call. */
export type ServerClient<Options extends ServerClientOptions = ServerClientOptions> = ClientFor<Options>;

/**
 * A typed client for a backend: every request to the API origin carries the API key, and the organisation header
 * when an organisation is set. Retries, timeouts and logging come from `TransportOptions`.
 * @example
 * const dolfin = createServerClient({ apiKey: process.env.DOLFIN_API_KEY! });
 * const { data } = await dolfin.GET('/industries');
 */
export function createServerClient(
  options: ServerClientOptions & { organisationId: string },
): OrganisationClient;
export function createServerClient(options: ServerClientOptions): DolfinClient;
export function createServerClient(options: ServerClientOptions): DolfinClient | OrganisationClient {
  if (typeof options !== 'object' || options === null) {
    throw new DolfinOptionError('options', 'createServerClient needs an options object with an apiKey');
  }
  if (runsInBrowser() && options.dangerouslyAllowBrowser !== true) {
    throw new DolfinOptionError(
      'dangerouslyAllowBrowser',
      'createServerClient refuses to run in a browser, where the API key would be public. ' +
        'Use @dolfinai/browser with a session token, or set dangerouslyAllowBrowser: true if you accept the risk.',
    );
  }
  const { apiKey, dangerouslyAllowBrowser: _, sdkHeader = true, ...setup } = options;
  const own = checkHeaders(setup.headers);
  const headers = sdkHeader === false ? own : { [SDK_HEADER]: SDK_HEADER_VALUE, ...own };
  const key = typeof apiKey === 'function' ? apiKey : checkSecret('apiKey', apiKey);
  return createDolfinClient({ ...setup, headers, credential: apiKeyCredential(key) });
}

function apiKeyCredential(apiKey: string | (() => string | Promise<string>)): Credential {
  const set = (request: Request, key: string) => {
    request.headers.set(API_KEY_HEADER, key);
    return key;
  };
  return typeof apiKey === 'string'
    ? { header: API_KEY_HEADER, apply: (request) => set(request, apiKey) }
    : {
        header: API_KEY_HEADER,
        option: 'apiKey',
        apply: async (request) => set(request, providedSecret('apiKey', await apiKey())),
      };
}

/** A page, or a Web or Service Worker: anywhere the code (and so the key) is shipped to the user. */
function runsInBrowser(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown; importScripts?: unknown };
  return (
    (scope.window !== undefined && scope.document !== undefined) || typeof scope.importScripts === 'function'
  );
}
