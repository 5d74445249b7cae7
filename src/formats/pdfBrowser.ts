// pdf.js in the browser: the legacy build (the modern one needs Promise’s withResolvers, missing in
// older Chromium-based browsers), its parser in its own worker so the page stays responsive, and
// CMaps and fonts from this site's own pdfjs/ folder (scripts/pdfjsAssets.ts) — never a CDN.

import type { PdfSetup } from './readPdf.ts';

const assetFolder = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

export const browserPdfSetup: PdfSetup = {
  load: async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
    ]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  },
  // The worker fetches these: absolute URLs, as the worker's own address is not the page's.
  cMapUrl: assetFolder('cmaps'),
  standardFontDataUrl: assetFolder('standard_fonts'),
};
