/**
 * What the transport knows about the request a response answers: the request, how many attempts it took, and the
 * secret it carried. Errors built from the response later (its guarded body reads, `unwrap`, `paginate`…) read it
 * to name the request and to keep the secret out of what they quote. Kept in a WeakMap: nothing about the secret
 * is reachable from the response itself.
 */
export interface ResponseOrigin {
  request: Request;
  attempts: number;
  secret: string | undefined;
}

const origins = new WeakMap<Response, ResponseOrigin>();

export function recordOrigin(response: Response, origin: ResponseOrigin): void {
  origins.set(response, origin);
}

export function originOf(response: Response): ResponseOrigin | undefined {
  return origins.get(response);
}
