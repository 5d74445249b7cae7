// Documents in the browser: pdf.js with its own worker (pdfBrowser.ts), mammoth in one of ours.

import { browserPdfSetup } from './pdfBrowser.ts';
import type { DocumentReaders } from './readDocument.ts';
import type { DocumentText } from './readPdf.ts';

function readDocxInWorker(bytes: Uint8Array): Promise<DocumentText> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./docxWorker.ts', import.meta.url), { type: 'module' });
    const finish = (read: DocumentText) => {
      worker.terminate();
      resolve(read);
    };
    worker.addEventListener('message', (event: MessageEvent<DocumentText>) => finish(event.data));
    worker.addEventListener('error', () =>
      finish({ ok: false, message: '无法读取这个 Word 文档（读取程序出错）。' }),
    );
    worker.postMessage(bytes);
  });
}

export const browserReaders: DocumentReaders = { pdf: browserPdfSetup, docx: readDocxInWorker };
