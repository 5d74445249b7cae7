// mammoth off the page's thread: a .docx's bytes in, its HTML (or why not) out. A worker is its
// own bundle, so mammoth's CommonJS helpers stay out of the page's first load.

import { readDocxHtml } from './readDocx.ts';

self.addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  void readDocxHtml(event.data).then((read) => self.postMessage(read));
});
