/** A fetch that forwards to the real one and keeps every request it sent, for asserting on headers. */
export function recordingFetch() {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return globalThis.fetch(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}
