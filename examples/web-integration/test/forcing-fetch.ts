import { recordingFetch } from '../../../test/recording-fetch.js';

/**
 * A recording fetch that asks the mock for its declared `status` response (`Prefer: code=…`) on the requests
 * `matches` picks, as the real API would answer them in that situation.
 */
export function forcingFetch(status: number, matches: (request: Request) => boolean) {
  const recorder = recordingFetch();
  const fetch = (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (matches(request)) request.headers.set('prefer', `code=${status}`);
    return recorder.fetch(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests: recorder.requests };
}
