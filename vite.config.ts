import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { pdfjsAssets } from './scripts/pdfjsAssets.ts';

export default defineConfig({
  plugins: [react(), pdfjsAssets()],
  // Relative asset paths: the build is a folder any static server (or an intranet share) can host.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  // The .docx reader's worker loads mammoth lazily: a module worker can split its code.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
