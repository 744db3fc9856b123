// Which documented response answers a request, as Prism negotiates it: the lowest 2xx with its first named
// example, or what `Prefer: code=NNN` / `Prefer: example=name` ask for.
import type { OperationData, ResponseData, SpecData } from './spec-data.js';

/** A response ready to send: status, media type and the example body (undefined when there is no content). */
export interface MockResponse {
  status: number;
  mediaType: string | undefined;
  body: unknown;
  headers: Record<string, string>;
}

/** What a `Prefer` header asks for, as Prism reads it: `Prefer: code=409, example=alreadyMember`. */
export interface Preference {
  code?: string;
  example?: string;
}

export function preferenceOf(request: Request): Preference {
  const preference: Preference = {};
  for (const part of (request.headers.get('prefer') ?? '').split(/[,;]/)) {
    const [key, ...rest] = part.split('=');
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (key?.trim() === 'code' && value) preference.code = value;
    if (key?.trim() === 'example' && value) preference.example = value;
  }
  return preference;
}

/** The response an operation declares for a status: the exact one, else its range (`5XX`), else `default`. */
export function declaredResponse(
  spec: SpecData,
  operation: OperationData,
  status: string,
): ResponseData | undefined {
  const declared =
    operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
  return typeof declared === 'string' ? spec.responses[declared] : declared;
}

/** The answer to a valid request, or Prism's 404 problem when the preferred code or example is not documented. */
export function negotiate(
  spec: SpecData,
  operation: OperationData,
  preference: Preference,
  accept: string | null,
): MockResponse {
  const status =
    preference.code ??
    Object.keys(operation.responses)
      .filter((code) => /^2\d\d$/.test(code))
      .sort()[0];
  const response = status === undefined ? undefined : declaredResponse(spec, operation, status);
  if (status === undefined || response === undefined || !/^\d{3}$/.test(status)) {
    return notFound(`Requested status code ${status} is not defined in the document.`);
  }
  return fromExample(Number(status), response, preference.example, accept);
}

/** A documented response with one of its named examples (the first unless `exampleName` is given). */
export function fromExample(
  status: number,
  response: ResponseData,
  exampleName: string | undefined,
  accept: string | null,
): MockResponse {
  const headers = { ...response.headers };
  const content = Object.entries(response.content ?? {});
  const [mediaType, media] =
    content.find(([type]) => accept?.split(',').some((wanted) => wanted.split(';')[0]?.trim() === type)) ??
    content[0] ??
    [];
  if (mediaType === undefined || media === undefined)
    return { status, mediaType: undefined, body: undefined, headers };
  const examples = Object.entries(media.examples);
  const example = exampleName === undefined ? examples[0] : examples.find(([name]) => name === exampleName);
  if (example === undefined && exampleName !== undefined) {
    return notFound(`Response for contentType: ${mediaType} and exampleKey: ${exampleName} does not exist.`);
  }
  return { status, mediaType, body: example?.[1], headers };
}

/** Prism's own problem for a status or example the document does not have. */
function notFound(detail: string): MockResponse {
  return {
    status: 404,
    mediaType: 'application/problem+json',
    body: {
      type: 'https://stoplight.io/prism/errors#NOT_FOUND',
      title: 'The server cannot find the requested content',
      status: 404,
      detail,
    },
    headers: {},
  };
}
