// mammoth off the page's thread: a .docx's bytes in, its HTML (or why not) out. A worker is its
// own bundle, so mammoth's CommonJS helpers stay out of the page's first load.

import type { DocumentText } from './readPdf.ts';
import { readDocxHtml } from './readDocx.ts';

const reply = (read: DocumentText) => self.postMessage(read);

self.addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  void readDocxHtml(event.data).then(reply, () =>
    // mammoth itself could not be loaded (the network went): a rejection here would never reach
    // the page, which would wait for an answer for ever.
    reply({ ok: false, message: '无法读取这个 Word 文档：读取程序未能加载，请检查网络后重试。' }),
  );
});
