export type { MockStartFailure } from './mock-start-error.js';
export { MockStartError } from './mock-start-error.js';
export { bundledSpecPath } from './spec-path.js';
export type { MockOptions, RunningMock } from './start-mock.js';
export { startMock } from './start-mock.js';
