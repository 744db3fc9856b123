export * from '@dolfinai/core';
export type * from '@dolfinai/types';
export type { ServerClient, ServerClientOptions } from './server-client.js';
export { createServerClient } from './server-client.js';
