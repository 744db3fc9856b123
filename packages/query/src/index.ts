export type {
  DolfinInfiniteQueryKey,
  DolfinInfiniteQueryOptions,
  DolfinMutationKey,
  DolfinMutationOptions,
  DolfinQuery,
  DolfinQueryKey,
  DolfinQueryOptions,
  DolfinQuerySetup,
  DolfinRetry,
  MutationSetup,
} from './dolfin-query.js';
export { dolfinQuery } from './dolfin-query.js';
export type { DataOf, MutationVariables, PathsWith, QueryInit, WriteMethod } from './operation-types.js';
export type { KeyParams } from './query-keys.js';
export { dolfinKeys } from './query-keys.js';
export { noRetry } from './retry.js';
