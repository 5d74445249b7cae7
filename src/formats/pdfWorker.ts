// pdf.js off the page's thread: a PDF's bytes in, its text (or why not) out, with the pages read
// so far along the way. pdf.js's own parser runs in a worker this one starts; its API, which
// assembles the text, runs here. On the page, loading and running that API was a task of
// 170–250 ms at a 4× slower CPU the first time a PDF was opened, and 140 kB of code.

import { readPdfText, type DocumentText, type PdfSetup } from './readPdf.ts';

export interface PdfRequest {
  readonly bytes: Uint8Array;
  /** Where this site keeps pdf.js's CMaps and standard fonts: the page knows its own address. */
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
}

export type PdfReply =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly read: DocumentText };

const reply = (message: PdfReply) => self.postMessage(message);

const pdfUnavailable = '无法读取这个 PDF：读取程序未能加载，请检查网络后重试。';

self.addEventListener('message', (event: MessageEvent<PdfRequest>) => {
  const { bytes, cMapUrl, standardFontDataUrl } = event.data;
  const setup: PdfSetup = {
    load: async () => {
      const [pdfjs, parser] = await Promise.all([
        import('pdfjs-dist/legacy/build/pdf.mjs'),
        import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
      ]);
      // Started here and handed over: pdf.js would otherwise look for the page's address (there
      // is none in a worker) and fall back to parsing in this thread.
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(parser.default, { type: 'module' });
      return pdfjs;
    },
    cMapUrl,
    standardFontDataUrl,
    // The parser fetches the CMaps and fonts itself: there is no page here to fetch them.
    useWorkerFetch: true,
  };
  void readPdfText(bytes, setup, (done, total) => reply({ kind: 'progress', done, total })).then(
    (read) => reply({ kind: 'done', read }),
    // pdf.js itself could not be loaded (the network went): a rejection here would never reach
    // the page, which would wait for an answer for ever.
    () => reply({ kind: 'done', read: { ok: false, message: pdfUnavailable } }),
  );
});
