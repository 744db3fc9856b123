export * from '@dolfinai/core';
export type * from '@dolfinai/types';
export type { BrowserClient, BrowserClientOptions } from './browser-client.js';
export { createBrowserClient } from './browser-client.js';
export type { ExchangeCodeOptions } from './exchange-code.js';
export { exchangeCode } from './exchange-code.js';
