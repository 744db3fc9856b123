import type { Page, Request } from 'playwright-core';

/** One request the page sent, with every header Chromium put on the wire, and its body. */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | null;
  request: Request;
}

/** Records every request `page` sends from now on; `sent()` resolves them once their headers are known. */
export async function recordRequests(page: Page): Promise<{ sent(): Promise<SentRequest[]> }> {
  // Chromium reports the body of a fetch(Request) only to an interceptor: pass every request through one.
  await page.route('**/*', (route) => route.fallback());
  const pending: Promise<SentRequest>[] = [];
  page.on('request', (request) => {
    pending.push(
      request.allHeaders().then((headers) => ({
        method: request.method(),
        url: new URL(request.url()),
        headers,
        body: request.postData(),
        request,
      })),
    );
  });
  return { sent: () => Promise.all(pending) };
}
