// Documents in Node, mammoth in-process; pdf.js: the legacy build (the modern one needs newer Node), its worker run in-process,
// CMaps and standard fonts read from the installed package — no network.

import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { DocumentReaders } from '../formats/readDocument.ts';
import { readDocxHtml } from '../formats/readDocx.ts';
import { readPdfText, type PdfSetup } from '../formats/readPdf.ts';

const packageRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const nodePdfSetup: PdfSetup = {
  load: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
  cMapUrl: join(packageRoot, 'cmaps') + sep,
  standardFontDataUrl: join(packageRoot, 'standard_fonts') + sep,
};

export const nodeReaders: DocumentReaders = {
  pdf: (bytes, onProgress) => readPdfText(bytes, nodePdfSetup, onProgress),
  docx: readDocxHtml,
};
