/** Marks our errors so `isDolfinError` works across duplicate copies of the package (ESM and CJS). */
const brand = Symbol.for('@dolfinai/error');

/** Base class of every error the Dolfin SDK throws. When it wraps another error, that one is its `cause`. */
export class DolfinError extends Error {
  override name = 'DolfinError';
  readonly [brand] = true;
}

/** The `{ cause }` of an error, left out when there is none (so no `cause: undefined` shows in `util.inspect`). */
export function causeOption(cause: unknown): ErrorOptions | undefined {
  return cause === undefined ? undefined : { cause };
}

/**
 * The app's credential could not be had: the `apiKey` or `token` function, or a token hook (`onUnauthorized`),
 * threw, rejected or gave something that is not a credential. `option` names which; `cause` is what it threw.
 * Only requests that needed it fail this way; a wait for it that does not end is a `DolfinTimeoutError`.
 */
export class DolfinCredentialError extends DolfinError {
  override name = 'DolfinCredentialError';
  constructor(
    readonly option: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * An option is missing or malformed; `option` names it. Thrown when a client is created, before any request, and
 * for a call's own options (`maxRetries`, `timeout`, a forbidden header) when that call is made.
 */
export class DolfinOptionError extends DolfinError {
  override name = 'DolfinOptionError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/** True for any error thrown by the Dolfin SDK, whichever copy of the package created it. */
export function isDolfinError(value: unknown): value is DolfinError {
  return typeof value === 'object' && value !== null && brand in value;
}
