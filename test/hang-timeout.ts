/**
 * The per-attempt timeout of tests against a server that never answers: long enough for a request to reach a
 * local server on a loaded machine, short enough to keep the suite quick.
 */
export const HANG_TIMEOUT = 500;
