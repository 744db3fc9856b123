import { defineProject } from 'vitest/config';

// Each spec:update runs Redocly and openapi-typescript on the whole document: seconds, not milliseconds.
export default defineProject({ test: { name: '@dolfinai/spec-tests', testTimeout: 180_000 } });
