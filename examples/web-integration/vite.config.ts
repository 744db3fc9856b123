import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser app: app/index.html and what it imports (React), built to dist/app (served by server/app-host.ts).
// The same config serves the component tests (test/components), which render the app's React components in jsdom.
export default defineConfig({
  root: 'app',
  plugins: [react()],
  build: { outDir: '../dist/app', emptyOutDir: true },
});
