import { defineConfig } from 'tsdown';

// The backend's start script; the app itself is built by Vite (vite.config.ts).
export default defineConfig({
  entry: ['server/start.ts'],
  outDir: 'dist/server',
  format: ['esm'],
  platform: 'node',
  fixedExtension: false,
});
