import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { preloadEditorOnReportRoute } from './scripts/preloadEditor.ts';

export default defineConfig({
  plugins: [react(), preloadEditorOnReportRoute()],
  // Relative asset paths: the build is a folder any static server (or an intranet share) can host.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
