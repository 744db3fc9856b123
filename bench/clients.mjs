// The same request (GET /industries, credential header, JSON body read) made by each client under test.
import { createBrowserClient } from '@dolfinai/browser';
import { createServerClient } from '@dolfinai/server';
import axios from 'axios';
import ky from 'ky';
import createClient from 'openapi-fetch';

const apiKey = 'dol_live_abc123';
const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhMTExMTExMSIsImV4cCI6NDEwMjQ0NDgwMH0.c2lnbmF0dXJl';

/** Task name (the results.json key) → one request, resolving to the parsed body. */
export function requestsTo(baseUrl) {
  const url = `${baseUrl}/industries`;
  const headers = { 'x-dolfin-api-key': apiKey };
  const bare = createClient({ baseUrl, headers });
  const server = createServerClient({ apiKey, baseUrl });
  const browser = createBrowserClient({ token, baseUrl });
  const axiosClient = axios.create({ baseURL: baseUrl, headers });
  const kyClient = ky.create({ prefixUrl: baseUrl, headers, retry: 0 });
  return {
    'raw-fetch': async () => (await fetch(url, { headers })).json(),
    'openapi-fetch': async () => (await bare.GET('/industries')).data,
    'dolfin-server': async () => (await server.GET('/industries')).data,
    'dolfin-browser': async () => (await browser.GET('/industries')).data,
    axios: async () => (await axiosClient.get('/industries')).data,
    ky: () => kyClient.get('industries').json(),
  };
}
