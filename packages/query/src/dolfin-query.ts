import {
  type DolfinClient,
  type DolfinError,
  DolfinOptionError,
  nextCursorOf,
  ORGANISATION_HEADER,
  type OrganisationBoundPaths,
  type OrganisationClient,
  type PaginatedPath,
  type RequestControls,
  unwrap,
} from '@dolfinai/core';
import { listPageOf } from '@dolfinai/core/internal';
import type { paths } from '@dolfinai/types';
import type { DataTag, InfiniteData, MutationFunctionContext } from '@tanstack/query-core';
import type {
  DataOf,
  InitArgs,
  MutationVariables,
  OperationOf,
  OptionalWhenEmpty,
  PathsWith,
  QueryInit,
  WriteMethod,
} from './operation-types.js';
import { organisationGuard } from './organisation-guard.js';
import { dolfinKeys, KEY_PREFIX, type KeyParams, type Scoped, scope } from './query-keys.js';
import { noRetry } from './retry.js';

/** The key of one GET query: `['dolfin', organisationId, 'GET', path, params]`. */
export type DolfinQueryKey<Path extends string = string> = readonly [
  typeof KEY_PREFIX,
  string | null,
  'GET',
  Path,
  KeyParams,
];

/** The key of an infinite list: the query key of its first page, then `'infinite'`. */
export type DolfinInfiniteQueryKey<Path extends string = string> = readonly [
  ...DolfinQueryKey<Path>,
  'infinite',
];

/** The key of a mutation: `['dolfin', organisationId, method, path]`. */
export type DolfinMutationKey<Path extends string = string> = readonly [
  typeof KEY_PREFIX,
  string | null,
  WriteMethod,
  Path,
];

/** TanStack's `retry` as the factories set it (`noRetry`), typed so that adapters infer `DolfinError`. */
export type DolfinRetry = (failureCount: number, error: DolfinError) => boolean;

/** Options for `useQuery`, `useSuspenseQuery`, `queryClient.fetchQuery`, `prefetchQuery`… of any adapter. */
export interface DolfinQueryOptions<Data, Path extends string = string> {
  queryKey: DataTag<DolfinQueryKey<Path>, Data, DolfinError>;
  queryFn: (context: { signal: AbortSignal }) => Promise<Data>;
  retry: DolfinRetry;
}

/** Options for `useInfiniteQuery`, `prefetchInfiniteQuery`…: one page per request, the cursor as page param. */
export interface DolfinInfiniteQueryOptions<Page, Path extends string = string> {
  queryKey: DataTag<DolfinInfiniteQueryKey<Path>, InfiniteData<Page, string | null>, DolfinError>;
  queryFn: (context: { signal: AbortSignal; pageParam: string | null }) => Promise<Page>;
  initialPageParam: string | null;
  getNextPageParam: (
    lastPage: Page,
    allPages: Page[],
    lastPageParam: string | null,
    allPageParams: (string | null)[],
  ) => string | undefined;
  retry: DolfinRetry;
}

/** Options for `useMutation` of any adapter. */
export interface DolfinMutationOptions<Data, Variables, Path extends string = string> {
  mutationKey: DolfinMutationKey<Path>;
  mutationFn: (variables: Variables) => Promise<Data>;
  retry: DolfinRetry;
  onSuccess?: (
    data: Data,
    variables: Variables,
    onMutateResult: unknown,
    context: MutationFunctionContext,
  ) => Promise<unknown>;
}

/** How a mutation runs: its transport controls, and the lists it makes stale. */
export interface MutationSetup<GetPath extends string> extends RequestControls {
  /**
   * The GET paths whose queries (every parameter, infinite lists included) are invalidated once the write
   * succeeds, for the organisation it was sent for; the mutation settles when they have refetched.
   * @example dolfin.mutationOptions('POST', '/invoices', { invalidates: ['/invoices'] })
   */
  invalidates?: readonly GetPath[];
}

type GetPath<Paths> = PathsWith<Paths, 'get'>;
type ListPath<Paths> = PaginatedPath<Paths> & GetPath<Paths>;
type Get<Paths, Path> = OperationOf<Paths, Path, 'GET'>;

/** Option factories for one organisation (or none), over one Dolfin client. */
export interface DolfinQuery<Paths> {
  /** The organisation every request is sent for and every key names; `null` for none. */
  readonly organisationId: string | null;

  /**
   * Query options for `GET path`: `data` is its 2xx body, `error` a `DolfinError`, TanStack's signal cancels
   * the request.
   * @example const { data } = useQuery(dolfin.queryOptions('/invoices/{id}', { params: { path: { id } } }));
   */
  queryOptions<Path extends GetPath<Paths>>(
    path: Path,
    ...init: InitArgs<QueryInit<Get<Paths, Path>>>
  ): DolfinQueryOptions<DataOf<Get<Paths, Path>>, Path>;

  /**
   * Infinite query options for a list: each page is one request, the next page's cursor comes from
   * `meta.cursors.next` or `nextCursor` while `hasMore` (the rule `paginate` follows), and the list ends at a
   * page without one. A `Cursor` in the query starts the list at that page.
   * @example const list = useInfiniteQuery(dolfin.infiniteQueryOptions('/invoices', { params: { query: { Limit: 20 } } }));
   */
  infiniteQueryOptions<Path extends ListPath<Paths>>(
    path: Path,
    ...init: InitArgs<QueryInit<Get<Paths, Path>>>
  ): DolfinInfiniteQueryOptions<DataOf<Get<Paths, Path>>, Path>;

  /**
   * Mutation options for a write; `mutate` takes the operation's `params` and `body`.
   * @example
   * const create = useMutation(dolfin.mutationOptions('POST', '/invoices', { invalidates: ['/invoices'] }));
   * create.mutate({ body: { customerId, currency: 'GBP', lineItems } });
   */
  mutationOptions<Method extends WriteMethod, Path extends PathsWith<Paths, Lowercase<Method>>>(
    method: Method,
    path: Path,
    setup?: MutationSetup<GetPath<Paths>>,
  ): DolfinMutationOptions<
    DataOf<OperationOf<Paths, Path, Method>>,
    OptionalWhenEmpty<MutationVariables<OperationOf<Paths, Path, Method>>>,
    Path
  >;

  /** The exact key `queryOptions(path, init)` uses, for `getQueryData`, `setQueryData`… */
  queryKey<Path extends GetPath<Paths>>(
    path: Path,
    ...init: InitArgs<QueryInit<Get<Paths, Path>>>
  ): DataTag<DolfinQueryKey<Path>, DataOf<Get<Paths, Path>>, DolfinError>;

  /**
   * The key of every query of `GET path` for this organisation, whatever the parameters, infinite lists included.
   * @example queryClient.invalidateQueries({ queryKey: dolfin.pathKey('/invoices') })
   */
  pathKey<Path extends GetPath<Paths>>(path: Path): readonly [typeof KEY_PREFIX, string | null, 'GET', Path];
}

export interface DolfinQuerySetup {
  /**
   * The organisation the requests are for: sent as `x-dolfin-organisation-id` on every request and named in
   * every key, so two organisations never share a cache entry. For a client created with an `organisationId`,
   * give the same one (a request a client would send for an organisation its key does not name is refused with
   * a `DolfinOptionError`). `null` for a client bound to none: each call then names its organisation in its own
   * `x-dolfin-organisation-id` header parameter, which its key includes. A call's own header wins in both cases.
   */
  organisationId: string | null;
}

/** What the factories call: any verb of the client by name. */
type Call = (
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * TanStack Query option factories over a Dolfin client (`@dolfinai/browser` or `@dolfinai/server`), for one
 * organisation. Plain option objects: use them with any adapter's hooks (`useQuery`, `useInfiniteQuery`,
 * `useMutation` of React, Vue, Solid, Svelte) and with `queryClient.prefetchQuery` on a server.
 * @example
 * const dolfin = dolfinQuery(client, { organisationId });
 * const invoices = useInfiniteQuery(dolfin.infiniteQueryOptions('/invoices'));
 */
export function dolfinQuery(
  client: DolfinClient | OrganisationClient,
  setup: { organisationId: string },
): DolfinQuery<OrganisationBoundPaths>;
export function dolfinQuery(client: DolfinClient, setup: { organisationId: null }): DolfinQuery<paths>;
export function dolfinQuery(
  client: DolfinClient | OrganisationClient,
  setup: DolfinQuerySetup,
): DolfinQuery<paths> | DolfinQuery<OrganisationBoundPaths> {
  const organisationId = setup?.organisationId;
  if (organisationId !== null && (typeof organisationId !== 'string' || organisationId === '')) {
    throw new DolfinOptionError(
      'organisationId',
      'dolfinQuery needs { organisationId }: the organisation the requests are for, or null for none',
    );
  }
  const callOf = (method: string): Call => {
    const verb = (client as unknown as Record<string, Call | undefined>)[method];
    if (typeof verb !== 'function') {
      throw new DolfinOptionError(
        'client',
        'dolfinQuery needs a Dolfin client (createBrowserClient, createServerClient)',
      );
    }
    return verb.bind(client);
  };
  const get = callOf('GET');

  type Init =
    | (RequestControls & { params?: Record<string, unknown> & KeyParams; body?: unknown })
    | undefined;

  /** The call's init, sent for the key's organisation, with TanStack's signal. */
  function send(call: Call, path: string, scoped: Scoped, init: Init, signal?: AbortSignal) {
    const params: Record<string, unknown> = { ...init?.params };
    if (scoped.organisationId !== null) {
      params.header = { ...(params.header as object), [ORGANISATION_HEADER]: scoped.organisationId };
    }
    const middleware = [organisationGuard(scoped.organisationId)];
    return unwrap(call(path, { ...init, params, middleware, ...(signal ? { signal } : {}) }));
  }

  /** The key of GET `path` as sent for `scoped`: its path key, then the parameters. */
  function keyOf(path: string, scoped: Scoped): DolfinQueryKey {
    return [...dolfinKeys.path(scoped.organisationId, path), scoped.params] as DolfinQueryKey;
  }

  const factories = {
    organisationId,
    queryKey: (path: string, init?: Init) => keyOf(path, scope(organisationId, init?.params)),
    pathKey: (path: string) => dolfinKeys.path(organisationId, path),

    queryOptions(path: string, init?: Init) {
      const scoped = scope(organisationId, init?.params);
      return {
        queryKey: keyOf(path, scoped),
        queryFn: ({ signal }: { signal: AbortSignal }) => send(get, path, scoped, init, signal),
        retry: noRetry,
      };
    },

    infiniteQueryOptions(path: string, init?: Init) {
      const scoped = scope(organisationId, init?.params);
      const query = (init?.params?.query ?? {}) as { Cursor?: string };
      return {
        queryKey: [...keyOf(path, scoped), 'infinite'] as const,
        queryFn: async ({ signal, pageParam }: { signal: AbortSignal; pageParam: string | null }) => {
          const params = { ...init?.params, query: { ...query, Cursor: pageParam ?? undefined } };
          return listPageOf(await send(get, path, scoped, { ...init, params }, signal), path);
        },
        initialPageParam: query.Cursor ?? null,
        getNextPageParam: (lastPage: unknown, _pages: unknown[], _last: unknown, pageParams: unknown[]) => {
          const next = nextCursorOf(lastPage, path);
          // A cursor already followed would lead round in a circle: the list ends there instead.
          return next === undefined || pageParams.includes(next) ? undefined : next;
        },
        retry: noRetry,
      };
    },

    mutationOptions(method: WriteMethod, path: string, mutationSetup: MutationSetup<string> = {}) {
      const { invalidates = [], ...controls } = mutationSetup;
      const call = callOf(method);
      const options: DolfinMutationOptions<unknown, Init> = {
        mutationKey: [KEY_PREFIX, organisationId, method, path],
        mutationFn: (variables) =>
          send(call, path, scope(organisationId, variables?.params), { ...controls, ...variables }),
        retry: noRetry,
      };
      if (invalidates.length > 0) {
        options.onSuccess = (_data, variables, _result, { client: queryClient }) => {
          const sentFor = scope(organisationId, variables?.params).organisationId;
          return Promise.all(
            invalidates.map((stale) =>
              queryClient.invalidateQueries({ queryKey: dolfinKeys.path(sentFor, stale) }),
            ),
          );
        };
      }
      return options;
    },
  };
  return factories as unknown as DolfinQuery<paths>;
}
