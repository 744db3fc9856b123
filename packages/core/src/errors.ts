/** Marks our errors so `isDolfinError` works across duplicate copies of the package (ESM and CJS). */
const brand = Symbol.for('@dolfinai/error');

/** Base class of every error the Dolfin SDK throws. */
export class DolfinError extends Error {
  override name = 'DolfinError';
  readonly [brand] = true;
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
