// One msw handler per operation of the bundled spec, answering as Prism does: credential check, request
// validation, then the documented example (or the one `Prefer` asks for).
import { type HttpHandler, http } from 'msw';
import { spec } from '../generated/operations.js';
import { negotiate, preferenceOf } from './negotiate.js';
import { readBody } from './read-body.js';
import { queryOf, type RecordedRequest, type RequestRecorder } from './recorder.js';
import { invalid, toResponse, unauthorised } from './respond.js';
import { byPrecedence, mswPath } from './routes.js';
import { isAuthorised, presentSchemes } from './security.js';
import type { HttpMethod, OperationData, SpecData } from './spec-data.js';
import { validateRequest } from './validate.js';

export interface HandlerOptions {
  /**
   * The base URL the app calls, e.g. `https://api.dolfinai.co`. Without it the handlers answer the Dolfin paths
   * on any origin (and under any base path), which is simplest when the app talks to no other API with the same
   * paths.
   */
  baseUrl?: string;
  /** Records every request the handlers answer; see `createRecorder`. */
  recorder?: RequestRecorder;
  /** Answer requests that break the spec with the validation problem, as Prism does. @default true */
  validate?: boolean;
  /** Answer 401 when an operation's credential is missing, as Prism does. @default true */
  checkCredentials?: boolean;
}

/**
 * msw request handlers for every operation of the Dolfin API, answering with the spec's named examples, like
 * the Prism mock of `startMock`.
 * @example
 * const server = setupServer(...createHandlers());
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => server.resetHandlers());
 * afterAll(() => server.close());
 */
export function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
  const { baseUrl, recorder, validate = true, checkCredentials = true } = options;
  return byPrecedence(spec.operations).map((operation) =>
    http[operation.method as Exclude<HttpMethod, 'trace'>](
      mswPath(operation.path, baseUrl),
      async ({ request, params }) => {
        const body = await readBody(request);
        const present = presentSchemes(request, spec.securitySchemes);
        recorder?.record(recordOf(spec, operation, request, params, body.value, present));
        const accept = request.headers.get('accept');
        if (checkCredentials && !isAuthorised(operation, present)) {
          return toResponse(unauthorised(spec, operation, accept));
        }
        const errors = validate ? validateRequest(spec, operation, request, params, body) : [];
        if (errors.length > 0) return toResponse(invalid(spec, operation, errors, accept));
        return toResponse(negotiate(spec, operation, preferenceOf(request), accept));
      },
    ),
  );
}

export function recordOf(
  data: SpecData,
  operation: OperationData,
  request: Request,
  params: Record<string, string | readonly string[] | undefined>,
  body: unknown,
  present: ReadonlySet<string>,
): RecordedRequest {
  const credentials: RecordedRequest['credentials'] = [];
  for (const name of present) {
    const scheme = data.securitySchemes[name];
    if (scheme?.type === 'apiKey') credentials.push('api-key');
    if (scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') credentials.push('bearer');
  }
  return {
    operationId: operation.operationId,
    method: operation.method.toUpperCase() as RecordedRequest['method'],
    path: operation.path,
    // Only the template's own parameters: msw also reports what the `*` of an any-origin pattern matched.
    params: Object.fromEntries(
      operation.parameters
        .filter((parameter) => parameter.in === 'path' && typeof params[parameter.name] === 'string')
        .map((parameter) => [parameter.name, params[parameter.name] as string]),
    ),
    query: queryOf(new URL(request.url)),
    body,
    organisationId: request.headers.get('x-dolfin-organisation-id') ?? undefined,
    credentials,
  };
}
