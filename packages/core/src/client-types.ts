import type { paths } from '@dolfinai/types';
import type { Client, FetchResponse, MaybeOptionalInit, Middleware } from 'openapi-fetch';
import type { OrganisationBoundPaths } from './organisation-bound.js';
import type { RequestControls } from './transport/settings.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** The paths that have an operation for `Method`, written as openapi-fetch writes it so the two relate. */
export type PathsWith<Paths, Method extends HttpMethod> = {
  // biome-ignore lint/suspicious/noExplicitAny: openapi-fetch's own definition; `unknown` would not relate to it
  [Path in keyof Paths]: Paths[Path] extends { [Key in Method]: any } ? Path : never;
}[keyof Paths];

type RequiredKeys<T> = { [Key in keyof T]-?: object extends Pick<T, Key> ? never : Key }[keyof T];

/**
 * openapi-fetch's per-call options that the client owns: a per-call `fetch` would replace the transport (no
 * credential, retries, timeout or logging) and a per-call `pathSerializer` would skip the path checks. The types
 * leave them out and the client refuses them at run time with a `DolfinOptionError`.
 */
export type ClientOwnedOption = 'fetch' | 'pathSerializer';

/**
 * The init argument of one call: openapi-fetch's (params, body, headers, signal, parseAs…) plus the per-call
 * `maxRetries` and `timeout`, optional when the operation requires nothing.
 */
export type InitArgs<Init> =
  RequiredKeys<Init> extends never
    ? [init?: Init & Record<string, unknown>]
    : [init: Init & Record<string, unknown>];

/** The init openapi-fetch accepts for `Method` on `Path`, with the per-call controls typed. */
export type CallInit<Paths, Path extends keyof Paths, Method extends keyof Paths[Path]> = Omit<
  NonNullable<MaybeOptionalInit<Paths[Path], Method>>,
  ClientOwnedOption
> & { [Option in ClientOwnedOption]?: never } & RequestControls;

type CallResult<Paths, Path extends keyof Paths, Method extends keyof Paths[Path], Init> = Promise<
  FetchResponse<Paths[Path][Method] & Record<string | number, unknown>, Init, `${string}/${string}`>
>;

/**
 * What makes the client assignable to openapi-fetch's `Client` (so openapi-react-query, swr-openapi and any tool
 * typed on openapi-fetch accept it without a cast) while a direct call sees the typed signature alone. A signature
 * with fewer parameters relates to any other, and this one takes none (and `this: never`), so no call that passes a
 * path can pick it: it never joins overload resolution or its error messages. Through a `Client`-typed reference the
 * calls are openapi-fetch's; they reach the same client, which still refuses a per-call `fetch` or `pathSerializer`
 * at run time.
 */
type AsOpenapiFetchMethod = (this: never) => never;

/** One HTTP verb of the client (`GET`, `POST`…): openapi-fetch's signature with typed per-call controls. */
export type ClientMethod<Paths, Method extends HttpMethod> = AsOpenapiFetchMethod &
  (<Path extends PathsWith<Paths, Method>, Init extends CallInit<Paths, Path, Method & keyof Paths[Path]>>(
    url: Path,
    ...init: InitArgs<Init>
  ) => CallResult<Paths, Path, Method & keyof Paths[Path], Init>);

/** Type-only: the paths the client's calls are typed with (see `DolfinClient`). */
declare const callPaths: unique symbol;

/**
 * The Dolfin client: openapi-fetch's client for `Paths`, whose calls also take `maxRetries` and `timeout`. It is
 * assignable to openapi-fetch's `Client<Paths>`.
 * @example const { data, error } = await dolfin.GET('/industries', { timeout: 5_000 });
 */
export type DolfinClient<Paths = paths> = {
  [Method in Exclude<HttpMethod, 'trace'> as Uppercase<Method>]: ClientMethod<Paths, Method>;
} & {
  /** Any method by name, for code that picks it at run time. */
  request: AsOpenapiFetchMethod &
    (<
      Method extends HttpMethod,
      Path extends PathsWith<Paths, Method>,
      Init extends CallInit<Paths, Path, Method & keyof Paths[Path]>,
    >(
      method: Method,
      url: Path,
      ...init: InitArgs<Init>
    ) => CallResult<Paths, Path, Method & keyof Paths[Path], Init>);
  /**
   * openapi-fetch's own signature (the API has no TRACE operation, so no call type-checks): it lets a tool typed on
   * openapi-fetch's `Client<Paths>` infer `Paths` from this client.
   */
  TRACE: Client<Paths & {}>['TRACE'];
  /** Registers openapi-fetch middleware (it runs before the transport, once per call). */
  use(...middleware: Middleware[]): void;
  /** Removes middleware registered with `use`. */
  eject(...middleware: Middleware[]): void;
  /**
   * Type-only, never set: the client takes calls typed for `Paths`, so a client for other paths (an unbound client
   * where one bound to an organisation is expected) is not assignable.
   */
  readonly [callPaths]?: (paths: Paths) => void;
};

/** A client bound to one organisation: the organisation header is optional on every call. */
export type OrganisationClient = DolfinClient<OrganisationBoundPaths>;

/** The client a factory returns for these options: bound to an organisation when they name one. */
export type ClientFor<Options> = Options extends { organisationId: string }
  ? OrganisationClient
  : DolfinClient;
