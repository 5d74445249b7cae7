// Documents in the browser, each read in a worker of ours: pdf.js (pdfWorker.ts, which starts
// pdf.js's own parser in a worker of its own) and mammoth (docxWorker.ts). The page only sends the
// bytes and hears back the text, so a large document never holds up the page.

import type { DocumentReaders } from './readDocument.ts';
import type { DocumentText, Progress } from './readPdf.ts';
import type { PdfReply, PdfRequest } from './pdfWorker.ts';

const failedReader = (what: string): DocumentText => ({
  ok: false,
  message: `无法读取这个${what}（读取程序出错）。`,
});

/** This site's own copies of pdf.js's CMaps and fonts (scripts/pdfjsAssets.ts), never a CDN. */
const assetFolder = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

function readPdfInWorker(
  bytes: Uint8Array,
  onProgress: Progress = () => {},
): Promise<DocumentText> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
    const finish = (read: DocumentText) => {
      worker.terminate();
      resolve(read);
    };
    worker.addEventListener('message', (event: MessageEvent<PdfReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.done, reply.total);
      else finish(reply.read);
    });
    worker.addEventListener('error', () => finish(failedReader(' PDF')));
    const request: PdfRequest = {
      bytes,
      cMapUrl: assetFolder('cmaps'),
      standardFontDataUrl: assetFolder('standard_fonts'),
    };
    worker.postMessage(request);
  });
}

function readDocxInWorker(bytes: Uint8Array): Promise<DocumentText> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./docxWorker.ts', import.meta.url), { type: 'module' });
    const finish = (read: DocumentText) => {
      worker.terminate();
      resolve(read);
    };
    worker.addEventListener('message', (event: MessageEvent<DocumentText>) => finish(event.data));
    worker.addEventListener('error', () => finish(failedReader(' Word 文档')));
    worker.postMessage(bytes);
  });
}

export const browserReaders: DocumentReaders = { pdf: readPdfInWorker, docx: readDocxInWorker };
