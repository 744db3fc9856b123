import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One Prism mock for the whole run, shared by every project through inject('dolfinMockUrl').
    globalSetup: ['./test/mock-setup.ts'],
    projects: ['packages/*', 'examples/*', 'tests/*'],
  },
});
