import { apiErrorFor } from './api-error.js';

/** What every openapi-fetch call resolves to. */
interface FetchResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its `data`, or throws the typed error for a non-2xx response.
 * @example const invoices = await unwrap(client.GET('/invoices'));
 */
export async function unwrap<Data>(call: Promise<FetchResult<Data>>): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiErrorFor(response, error);
  return data as Data;
}
