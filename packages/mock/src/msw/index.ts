// @dolfinai/mock/msw: msw handlers answering like the Prism mock, for component tests in jsdom or happy-dom.
export type { HandlerOptions } from './handlers.js';
export { createHandlers } from './handlers.js';
export type {
  DolfinHttp,
  DolfinMethod,
  DolfinPath,
  DolfinResolver,
  DolfinResolverInfo,
  DolfinResponseBody,
  DolfinStatus,
  HeadersLike,
  HttpOptions,
  TypedResponse,
} from './http.js';
export { createHttp } from './http.js';
export type { RecordedFile } from './read-body.js';
export type { RecordedRequest, RequestRecorder } from './recorder.js';
export { createRecorder } from './recorder.js';
