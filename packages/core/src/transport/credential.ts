import { DolfinCredentialError } from '../errors.js';
import { isSecretText } from '../options.js';

/** How one side of the integration authenticates; the transport applies it only to requests for the API origin. */
export interface Credential {
  /** The header `apply` sets, if any; the transport takes it off again once the request is sent, so middleware never sees it. */
  readonly header?: string;
  /** The option the app set it with (`apiKey`, `token`): what a `DolfinCredentialError` names when `apply` fails. */
  readonly option?: string;
  /**
   * Sets the credential on a request about to be sent and returns the secret it used, which is then redacted from
   * any error about the request. It may be async (an `apiKey` or `token` function, a token being renewed): the wait
   * counts against the attempt's `timeout` and ends with the caller's signal. What it throws fails the request
   * without sending it, as a `DolfinCredentialError` unless it is already a `DolfinError`.
   */
  apply(request: Request): string | Promise<string>;
  /**
   * Called when a request sent with `used` got 401. Resolves to true when a new credential is now in place, and
   * the transport re-sends that request once; many concurrent 401s should share one renewal. Bounded like `apply`.
   */
  renew?(used: string): Promise<boolean>;
}

/**
 * What an `apiKey` or `token` function gave, when it is a credential (visible ASCII, so it fits in a header);
 * else a `DolfinCredentialError` naming `option`, without quoting the value.
 */
export function providedSecret(option: string, value: unknown): string {
  if (isSecretText(value)) return value;
  throw new DolfinCredentialError(option, `${option} gave no usable credential`);
}
