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

/**
 * Runs one of our document workers (`start` makes it) on `request` until `resultOf` finds the
 * result in a message (the PDF worker reports pages on the way); a worker that fails gives
 * `failed`. The worker is ended either way.
 */
function askWorker<Reply>(
  start: () => Worker,
  request: unknown,
  failed: DocumentText,
  resultOf: (reply: Reply) => DocumentText | undefined,
): Promise<DocumentText> {
  return new Promise((resolve) => {
    const worker = start();
    const finish = (read: DocumentText) => {
      worker.terminate();
      resolve(read);
    };
    worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      const read = resultOf(event.data);
      if (read) finish(read);
    });
    worker.addEventListener('error', () => finish(failed));
    worker.postMessage(request);
  });
}

const readPdfInWorker = (bytes: Uint8Array, onProgress: Progress = () => {}) =>
  askWorker<PdfReply>(
    // Written out in full at each call: Vite bundles a worker only from this exact expression.
    () => new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' }),
    {
      bytes,
      cMapUrl: assetFolder('cmaps'),
      standardFontDataUrl: assetFolder('standard_fonts'),
    } satisfies PdfRequest,
    failedReader(' PDF'),
    (reply) => {
      if (reply.kind === 'done') return reply.read;
      onProgress(reply.done, reply.total);
      return undefined;
    },
  );

const readDocxInWorker = (bytes: Uint8Array) =>
  askWorker<DocumentText>(
    () => new Worker(new URL('./docxWorker.ts', import.meta.url), { type: 'module' }),
    bytes,
    failedReader(' Word 文档'),
    (read) => read,
  );

export const browserReaders: DocumentReaders = { pdf: readPdfInWorker, docx: readDocxInWorker };
