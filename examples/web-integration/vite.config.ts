import { defineConfig } from 'vite';

// The browser app: app/index.html and what it imports, built to dist/app (served by server/app-host.ts).
export default defineConfig({
  root: 'app',
  build: { outDir: '../dist/app', emptyOutDir: true },
});
