import type { RequestControls } from '@dolfinai/core';

/** The methods that write, for mutations; `GET` is for queries. */
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The paths of `Paths` with an operation for `method` (lower case, as openapi-typescript names them). */
export type PathsWith<Paths, Method extends string> = {
  [Path in keyof Paths]: Paths[Path] extends Record<Method, object> ? Path : never;
}[keyof Paths] &
  string;

/** The operation `Method` (upper case) of `Path`. */
export type OperationOf<Paths, Path, Method extends string> = Path extends keyof Paths
  ? Lowercase<Method> extends keyof Paths[Path]
    ? Paths[Path][Lowercase<Method>]
    : never
  : never;

type RequiredKeys<T> = { [Key in keyof T]-?: object extends Pick<T, Key> ? never : Key }[keyof T];

/** The operation's parameters (`path`, `query`, `header`) without the kinds it has none of. */
type ParametersOf<Operation> = Operation extends { parameters: infer Parameters }
  ? {
      [Kind in keyof Parameters as [NonNullable<Parameters[Kind]>] extends [never]
        ? never
        : Kind]: Parameters[Kind];
    }
  : object;

/** `params`, required when the operation requires a parameter, absent when it takes none. */
type ParamsField<Parameters> = [keyof Parameters] extends [never]
  ? { params?: undefined }
  : [RequiredKeys<Parameters>] extends [never]
    ? { params?: Parameters }
    : { params: Parameters };

type RequestBodyOf<Operation> = Operation extends { requestBody?: infer Body } ? Body : undefined;
type ContentOf<Body> = Body extends { content: infer Content } ? Content[keyof Content] : never;

/** `body`, required when the operation requires one, absent when it takes none. */
type BodyField<Operation> = [NonNullable<RequestBodyOf<Operation>>] extends [never]
  ? { body?: undefined }
  : undefined extends RequestBodyOf<Operation>
    ? { body?: ContentOf<NonNullable<RequestBodyOf<Operation>>> }
    : { body: ContentOf<RequestBodyOf<Operation>> };

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | '2XX';
type ResponsesOf<Operation> = Operation extends { responses: infer Responses } ? Responses : never;
type ResponseBody<Response> = Response extends { content: infer Content }
  ? 'application/json' extends keyof Content
    ? Content['application/json']
    : Content[keyof Content]
  : undefined;

/** What a call resolves to: the body of the operation's 2xx response (`undefined` for a 204). */
export type DataOf<Operation> = {
  [Status in keyof ResponsesOf<Operation>]: Status extends SuccessStatus
    ? ResponseBody<ResponsesOf<Operation>[Status]>
    : never;
}[keyof ResponsesOf<Operation>];

/** The init of a query: the operation's `params` (typed from the spec) and the per-call transport controls. */
export type QueryInit<Operation> = ParamsField<ParametersOf<Operation>> & RequestControls;

/** What `mutate` takes: the operation's `params` and `body`, each required when the spec requires it. */
export type MutationVariables<Operation> = ParamsField<ParametersOf<Operation>> & BodyField<Operation>;

/** The init argument, optional when the operation requires nothing. */
export type InitArgs<Init> = [RequiredKeys<Init>] extends [never] ? [init?: Init] : [init: Init];

/** Variables a mutation can be started without (`mutate()`) when the operation requires nothing. */
export type OptionalWhenEmpty<Variables> = [RequiredKeys<Variables>] extends [never]
  ? // biome-ignore lint/suspicious/noConfusingVoidType: TanStack's mutate() takes no argument only when its variables include void.
    Variables | undefined | void
  : Variables;
