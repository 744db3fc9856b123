import { safeCause, secretOf } from './redact.js';
import { DolfinResponseParseError } from './response-parse-error.js';

/** What an openapi-fetch call resolves to. */
interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

type Init = { parseAs?: string } | undefined;
type Call = (url: unknown, init?: Init) => Promise<CallResult>;

const VERBS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * Makes a 2xx whose body is not JSON (a captive portal's page, a proxy's login form) a `DolfinResponseParseError`
 * with status, excerpt and the `SyntaxError` as cause, instead of the raw `SyntaxError` openapi-fetch throws
 * without saying what answered. Calls that parse JSON (the default `parseAs`) ask openapi-fetch for the text and
 * parse it here, once; middleware therefore sees `parseAs: 'text'` in its options for them. Other `parseAs`
 * values pass through untouched.
 */
export function parseJsonBodies(client: object): void {
  const methods = client as Record<string, Call> & {
    request: (method: string, url: unknown, init?: Init) => Promise<CallResult>;
  };
  for (const verb of VERBS) {
    const call = methods[verb] as Call;
    methods[verb] = (url, init) =>
      wantsJson(init) ? parsed(verb, call(url, asText(init))) : call(url, init);
  }
  const { request } = methods;
  methods.request = (method, url, init) =>
    wantsJson(init)
      ? parsed(method.toUpperCase(), request(method, url, asText(init)))
      : request(method, url, init);
}

function wantsJson(init: Init): boolean {
  return init?.parseAs === undefined || init.parseAs === 'json';
}

function asText(init: Init): Init {
  return { ...init, parseAs: 'text' };
}

async function parsed(method: string, call: Promise<CallResult>): Promise<CallResult> {
  const result = await call;
  const { data, response } = result;
  if (!response.ok || typeof data !== 'string') return result;
  // What openapi-fetch does for JSON without a Content-Length: an empty body is no data.
  if (data === '') return { data: undefined, response };
  try {
    return { data: JSON.parse(data), response };
  } catch (error) {
    const secret = secretOf(response);
    // V8 quotes the start of the text in the SyntaxError's message: it may hold an echoed secret.
    const cause =
      secret && data.includes(secret)
        ? new SyntaxError('the body is not valid JSON')
        : safeCause(error, secret);
    throw new DolfinResponseParseError(method, response, data, cause, secret);
  }
}
