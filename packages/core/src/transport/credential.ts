/** How one side of the integration authenticates; the transport applies it only to requests for the API origin. */
export interface Credential {
  /** The header `apply` sets; the transport takes it off again once the request is sent, so middleware never sees it. */
  readonly header: string;
  /**
   * Sets the credential on a request about to be sent and returns the secret it used (a promise when it first has
   * to wait, for example for a token the app is renewing).
   */
  apply(request: Request): string | Promise<string>;
  /**
   * Called when a request sent with `used` got 401. Resolves to true when a new credential is now in place, and
   * the transport re-sends that request once; many concurrent 401s should share one renewal.
   */
  renew?(used: string): Promise<boolean>;
}
