import type { paths } from '@dolfinai/types';
import type { FetchResponse, MaybeOptionalInit, Middleware } from 'openapi-fetch';
import type { OrganisationBoundPaths } from './organisation-bound.js';
import type { RequestControls } from './transport/settings.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** The paths that have an operation for `Method`. */
export type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends Record<Method, object> ? Path : never;
}[keyof Paths];

type RequiredKeys<T> = { [Key in keyof T]-?: object extends Pick<T, Key> ? never : Key }[keyof T];

/**
 * The init argument of one call: openapi-fetch's (params, body, headers, signal, parseAs…) plus the per-call
 * `maxRetries` and `timeout`, optional when the operation requires nothing.
 */
export type InitArgs<Init> =
  RequiredKeys<Init> extends never
    ? [init?: Init & Record<string, unknown>]
    : [init: Init & Record<string, unknown>];

/** The init openapi-fetch accepts for `Method` on `Path`, with the per-call controls typed. */
export type CallInit<Paths, Path extends keyof Paths, Method extends keyof Paths[Path]> = MaybeOptionalInit<
  Paths[Path],
  Method
> &
  RequestControls;

type CallResult<Paths, Path extends keyof Paths, Method extends keyof Paths[Path], Init> = Promise<
  FetchResponse<Paths[Path][Method] & Record<string | number, unknown>, Init, `${string}/${string}`>
>;

/** One HTTP verb of the client (`GET`, `POST`…): openapi-fetch's signature with typed per-call controls. */
export type ClientMethod<Paths, Method extends HttpMethod> = <
  Path extends PathsWith<Paths, Method>,
  Init extends CallInit<Paths, Path, Method & keyof Paths[Path]>,
>(
  url: Path,
  ...init: InitArgs<Init>
) => CallResult<Paths, Path, Method & keyof Paths[Path], Init>;

/**
 * The Dolfin client: openapi-fetch's client for `Paths`, whose calls also take `maxRetries` and `timeout`.
 * @example const { data, error } = await dolfin.GET('/industries', { timeout: 5_000 });
 */
export type DolfinClient<Paths = paths> = {
  [Method in HttpMethod as Uppercase<Method>]: ClientMethod<Paths, Method>;
} & {
  /** Any method by name, for code that picks it at run time. */
  request<
    Method extends HttpMethod,
    Path extends PathsWith<Paths, Method>,
    Init extends CallInit<Paths, Path, Method & keyof Paths[Path]>,
  >(
    method: Method,
    url: Path,
    ...init: InitArgs<Init>
  ): CallResult<Paths, Path, Method & keyof Paths[Path], Init>;
  /** Registers openapi-fetch middleware (it runs before the transport, once per call). */
  use(...middleware: Middleware[]): void;
  /** Removes middleware registered with `use`. */
  eject(...middleware: Middleware[]): void;
};

/** A client bound to one organisation: the organisation header is optional on every call. */
export type OrganisationClient = DolfinClient<OrganisationBoundPaths>;

/** The client a factory returns for these options: bound to an organisation when they name one. */
export type ClientFor<Options> = Options extends { organisationId: string }
  ? OrganisationClient
  : DolfinClient;
