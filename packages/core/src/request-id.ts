/** The server's id for the request, from the usual headers, when the response carries one. */
export function requestIdOf(response: Response): string | undefined {
  return (
    response.headers.get('x-request-id') ??
    response.headers.get('request-id') ??
    response.headers.get('traceparent') ??
    undefined
  );
}
