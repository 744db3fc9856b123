import { ORGANISATION_HEADER } from '@dolfinai/core';

/** The first element of every key `@dolfinai/query` makes. */
export const KEY_PREFIX = 'dolfin';

/**
 * Keys that match many queries at once, for `invalidateQueries`, `removeQueries`, `cancelQueries`…
 * @example
 * // The session changed user (sign-out, another user signed in): forget every Dolfin answer.
 * queryClient.removeQueries({ queryKey: dolfinKeys.all });
 */
export const dolfinKeys = {
  /** Every Dolfin query and mutation, of every organisation. */
  all: [KEY_PREFIX] as const,
  /** Everything cached for one organisation (`null`: requests sent without an organisation header). */
  organisation: (organisationId: string | null) => [KEY_PREFIX, organisationId] as const,
  /** Every query of `GET path` for one organisation, whatever its parameters, infinite lists included. */
  path: <Path extends string>(organisationId: string | null, path: Path) =>
    [KEY_PREFIX, organisationId, 'GET', path] as const,
};

/** The parameters as they go into a key: the organisation header left out, since the key names it already. */
export interface KeyParams {
  path?: unknown;
  query?: unknown;
  header?: unknown;
}

/** What the key and the request share: the organisation the request is sent for, and its other parameters. */
export interface Scoped {
  organisationId: string | null;
  params: KeyParams;
}

/**
 * The organisation a call is for (its own `x-dolfin-organisation-id` header, else `organisationId`) and its other
 * parameters, from the call's `params`.
 */
export function scope(organisationId: string | null, params: KeyParams | undefined): Scoped {
  const { [ORGANISATION_HEADER]: perCall, ...header } = (params?.header ?? {}) as Record<string, unknown>;
  const scoped: KeyParams = {};
  if (params?.path !== undefined) scoped.path = params.path;
  if (params?.query !== undefined) scoped.query = params.query;
  if (Object.keys(header).length > 0) scoped.header = header;
  return { organisationId: typeof perCall === 'string' ? perCall : organisationId, params: scoped };
}
