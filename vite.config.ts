import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { compileEditorEagerly } from './scripts/compileHints.ts';
import { pdfjsAssets } from './scripts/pdfjsAssets.ts';
import { preloadEditorOnReportRoute } from './scripts/preloadEditor.ts';

export default defineConfig({
  plugins: [react(), preloadEditorOnReportRoute(), compileEditorEagerly(), pdfjsAssets()],
  // Relative asset paths: the build is a folder any static server (or an intranet share) can host.
  base: './',
  // The support target (package.json browserslist, checked by scripts/check-compat.mjs): office PCs
  // run Chromium-based browsers a few years old and Firefox ESR.
  build: { target: ['chrome109', 'firefox115'], sourcemap: true },
  // The .docx reader's worker loads mammoth lazily: a module worker can split its code.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The property tests take 1–3 s alone; beside a second `npm test` one took 5.7 s and failed
    // vitest's 5 s default, so the ceiling is set from that measurement with room to spare.
    testTimeout: 30_000,
  },
});
