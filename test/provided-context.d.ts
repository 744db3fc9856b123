// What test/mock-setup.ts provides to every test project (read with inject()).
declare module 'vitest' {
  export interface ProvidedContext {
    dolfinMockUrl: string;
  }
}

export {};
