// Vitest globalSetup: one Prism mock of the bundled spec (errors mode) for the whole run, on a free port.
import { startMock } from '@dolfinai/mock';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  const mock = await startMock({ errors: true });
  project.provide('dolfinMockUrl', mock.url);
  return () => mock.stop();
}
