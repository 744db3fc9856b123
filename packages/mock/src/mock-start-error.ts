/** Why `startMock` could not start: a bad option, an unreadable spec, or a port it cannot listen on. */
export type MockStartFailure = 'invalid-option' | 'spec-unreadable' | 'address-in-use' | 'listen-failed';

/** `startMock` (and the `dolfin-mock` CLI) could not start the mock; `reason` says why, `cause` has the detail. */
export class MockStartError extends Error {
  override name = 'MockStartError';

  constructor(
    readonly reason: MockStartFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
