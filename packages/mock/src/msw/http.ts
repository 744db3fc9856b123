// Per-test overrides typed from the spec: `http.get('/invoices/{id}', ({ response }) => response(404).json(…))`
// accepts only Dolfin paths for that method, types the path parameters and request body, and types each
// status's body. openapi-msw does the same but is ESM-only, which the CommonJS build of this entry cannot import.
import type { paths } from '@dolfinai/types';
import {
  type DefaultBodyType,
  type HttpHandler,
  HttpResponse,
  type HttpResponseResolver,
  http as mswHttp,
  type StrictRequest,
} from 'msw';
import { spec } from '../generated/operations.js';
import { recordOf } from './handlers.js';
import { declaredResponse } from './negotiate.js';
import { readBody } from './read-body.js';
import type { RequestRecorder } from './recorder.js';
import { mswPath } from './routes.js';
import { presentSchemes } from './security.js';

/** The HTTP methods msw can mock, as the spec's path items name them. */
export type DolfinMethod = 'get' | 'put' | 'post' | 'patch' | 'delete' | 'head' | 'options';

/** The Dolfin paths that have an operation for `M`: `DolfinPath<'post'>` includes `'/invoices'`. */
export type DolfinPath<M extends DolfinMethod> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

type OperationAt<P extends keyof paths, M extends DolfinMethod> = NonNullable<paths[P][M]>;
type ResponsesOf<O> = O extends { responses: infer R } ? R : never;
type StatusRanges = {
  '1XX': 100 | 101 | 102 | 103;
  '2XX': 200 | 201 | 202 | 203 | 204 | 205 | 206;
  '3XX': 300 | 301 | 302 | 303 | 304 | 307 | 308;
  '4XX': 400 | 401 | 402 | 403 | 404 | 405 | 406 | 408 | 409 | 410 | 412 | 413 | 415 | 422 | 423 | 429;
  '5XX': 500 | 501 | 502 | 503 | 504 | 505 | 507 | 508 | 511;
};

/** The statuses an operation documents, with a range such as `5XX` as its common codes. */
export type DolfinStatus<O> = {
  [K in keyof ResponsesOf<O>]: K extends number ? K : K extends keyof StatusRanges ? StatusRanges[K] : never;
}[keyof ResponsesOf<O>];

type ResponseAt<R, S extends number> = S extends keyof R
  ? R[S]
  : `${S}` extends `${infer D}${string}`
    ? `${D}XX` extends keyof R
      ? R[`${D}XX`]
      : never
    : never;

/** The body an operation documents for status `S` (`undefined` when that response has no content). */
export type DolfinResponseBody<O, S extends number> =
  ResponseAt<ResponsesOf<O>, S> extends { content: infer C } ? C[keyof C] : undefined;

type RequestBodyOf<O> = O extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : never
  : never;

type PathParamsOf<O> = O extends { parameters: { path?: infer P } }
  ? [NonNullable<P>] extends [never]
    ? Record<string, never>
    : { [K in keyof NonNullable<P>]: string }
  : Record<string, never>;

/** Headers as `new Headers()` takes them. */
export type HeadersLike = ConstructorParameters<typeof Headers>[0];

/** Builds the response for one documented status, with the content type the spec gives it. */
export interface TypedResponse<Body> {
  /** A JSON body of the documented type, sent as the documented media type (`application/problem+json`…). */
  json(body: Body, init?: { headers?: HeadersLike }): HttpResponse<Body & DefaultBodyType>;
  /** A text body (an event stream, a CSV) sent as the documented media type. */
  text(body: string, init?: { headers?: HeadersLike }): HttpResponse<string>;
  /** No body: a 204, or a response whose body the test does not care about. */
  empty(init?: { headers?: HeadersLike }): HttpResponse<null>;
}

/** What an override's resolver receives: msw's resolver info, typed, plus the query and a typed `response`. */
export type DolfinResolverInfo<P extends keyof paths, M extends DolfinMethod> = Parameters<
  HttpResponseResolver<PathParamsOf<OperationAt<P, M>>, RequestBodyOf<OperationAt<P, M>> & DefaultBodyType>
>[0] & {
  request: StrictRequest<RequestBodyOf<OperationAt<P, M>> & DefaultBodyType>;
  params: PathParamsOf<OperationAt<P, M>>;
  query: URLSearchParams;
  response<S extends DolfinStatus<OperationAt<P, M>>>(
    status: S,
  ): TypedResponse<DolfinResponseBody<OperationAt<P, M>, S>>;
};

export type DolfinResolver<P extends keyof paths, M extends DolfinMethod> = (
  info: DolfinResolverInfo<P, M>,
) => Response | undefined | Promise<Response | undefined>;

/** `http.get`, `http.post`…: msw's `http`, restricted to the Dolfin paths of each method. */
export type DolfinHttp = {
  [M in DolfinMethod]: <P extends DolfinPath<M>>(
    path: P,
    resolver: DolfinResolver<P, M>,
    options?: { once?: boolean },
  ) => HttpHandler;
};

export interface HttpOptions {
  /** The same base URL as `createHandlers`, if any. */
  baseUrl?: string;
  /** Records the requests the overrides answer too, so a test's assertions do not depend on who answered. */
  recorder?: RequestRecorder;
}

/**
 * Typed msw handlers for per-test overrides; pass them to `server.use(…)`, which puts them before the defaults.
 * @example
 * const http = createHttp();
 * server.use(
 *   http.get('/invoices/{id}', ({ params, response }) =>
 *     response(404).json({ title: 'Invoice.NotFound', status: 404, detail: `No invoice ${params.id}` }),
 *   ),
 * );
 */
export function createHttp(options: HttpOptions = {}): DolfinHttp {
  const { baseUrl, recorder } = options;
  const methods: DolfinMethod[] = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];
  return Object.fromEntries(
    methods.map((method) => [
      method,
      (
        path: string,
        resolver: (info: never) => Response | undefined | Promise<Response | undefined>,
        handlerOptions?: { once?: boolean },
      ) => {
        // The operation depends on the method and path alone: found once, when the handler is made.
        const operation = spec.operations.find(
          (candidate) => candidate.method === method && candidate.path === path,
        );
        return mswHttp[method](
          mswPath(path, baseUrl),
          async (info) => {
            if (recorder && operation) {
              const body = await readBody(info.request);
              const present = presentSchemes(info.request, spec.securitySchemes);
              recorder.record(recordOf(spec, operation, info.request, info.params, body.value, present));
            }
            const response = (status: number) => {
              const documented = operation && declaredResponse(spec, operation, String(status));
              const mediaType = Object.keys(documented?.content ?? {})[0];
              const withType = (init: { headers?: HeadersLike } | undefined, fallback: string) => {
                const headers = new Headers(init?.headers);
                if (!headers.has('content-type')) headers.set('content-type', mediaType ?? fallback);
                return { status, headers };
              };
              return {
                json: (body: unknown, init?: { headers?: HeadersLike }) =>
                  new HttpResponse(JSON.stringify(body), withType(init, 'application/json')),
                text: (body: string, init?: { headers?: HeadersLike }) =>
                  new HttpResponse(body, withType(init, 'text/plain')),
                empty: (init?: { headers?: HeadersLike }) =>
                  new HttpResponse(null, { status, headers: init?.headers }),
              };
            };
            return resolver({ ...info, query: new URL(info.request.url).searchParams, response } as never);
          },
          handlerOptions,
        );
      },
    ]),
  ) as unknown as DolfinHttp;
}
