// The same request (GET /industries, credential header, JSON body read) made by each client under test.
import { createBrowserClient } from '@dolfinai/browser';
import { createServerClient } from '@dolfinai/server';
import axios from 'axios';
import ky from 'ky';
import createClient from 'openapi-fetch';

const apiKey = 'dol_live_abc123';
const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhMTExMTExMSIsImV4cCI6NDEwMjQ0NDgwMH0.c2lnbmF0dXJl';

/**
 * Bare openapi-fetch (twice: `openapi-fetch twin` is a second, identical client, whose ratio to the first is the
 * run's noise floor) and our two clients, each making the request to `baseUrl` with `fetch` (the platform's when
 * undefined), resolving to the parsed body.
 */
function openapiFetchClients(baseUrl, fetch) {
  const headers = { 'x-dolfin-api-key': apiKey };
  const bare = createClient({ baseUrl, headers, fetch });
  const twin = createClient({ baseUrl, headers, fetch });
  const server = createServerClient({ apiKey, baseUrl, fetch });
  const browser = createBrowserClient({ token, baseUrl, fetch });
  return {
    'openapi-fetch': async () => (await bare.GET('/industries')).data,
    'openapi-fetch twin': async () => (await twin.GET('/industries')).data,
    'dolfin-server': async () => (await server.GET('/industries')).data,
    'dolfin-browser': async () => (await browser.GET('/industries')).data,
  };
}

/** Task name (a results.json key) → one request over the wire to `baseUrl`, resolving to the parsed body. */
export function requestsTo(baseUrl) {
  const url = `${baseUrl}/industries`;
  const headers = { 'x-dolfin-api-key': apiKey };
  const axiosClient = axios.create({ baseURL: baseUrl, headers });
  const kyClient = ky.create({ prefixUrl: baseUrl, headers, retry: 0 });
  return {
    'raw-fetch': async () => (await fetch(url, { headers })).json(),
    ...openapiFetchClients(baseUrl, undefined),
    axios: async () => (await axiosClient.get('/industries')).data,
    ky: () => kyClient.get('industries').json(),
  };
}

/**
 * The same requests with `fetch` (an in-memory fetch: memory-fetch.mjs) under bare openapi-fetch and our clients,
 * and `fetch` called directly: the floor every client pays (a Response built and its JSON parsed).
 */
export function inMemoryRequests(fetch) {
  const baseUrl = 'https://api.dolfinai.co';
  const headers = { 'x-dolfin-api-key': apiKey };
  return {
    'fetch alone': async () => (await fetch(new Request(`${baseUrl}/industries`, { headers }))).json(),
    ...openapiFetchClients(baseUrl, fetch),
  };
}
