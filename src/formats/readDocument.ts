// A published report's PDF or Word file → the source the importers read: text for a PDF (its
// lines and cells laid out from positions), HTML for a .docx or a page saved as one file (.mht).
// Shared by the CLI and the app.

import { decodeText } from './decodeText.ts';
import { documentKindOf, isHtmlBytes, oldWordMessage } from './documentKind.ts';
import { mhtmlPage } from './mhtml.ts';
import type { DocumentText, Progress } from './readPdf.ts';

/** How this environment reads each kind: pdf.js and mammoth, in- or out-of-thread. */
export interface DocumentReaders {
  readonly pdf: (bytes: Uint8Array, onProgress?: Progress) => Promise<DocumentText>;
  readonly docx: (bytes: Uint8Array) => Promise<DocumentText>;
}

export type DocumentSource =
  | { readonly ok: true; readonly kind: 'text' | 'html'; readonly content: string }
  | { readonly ok: false; readonly message: string };

const as = (kind: 'text' | 'html', read: DocumentText): DocumentSource =>
  read.ok ? { ok: true, kind, content: read.content } : read;

export async function readDocument(
  name: string,
  bytes: Uint8Array,
  readers: DocumentReaders,
  onProgress?: Progress,
): Promise<DocumentSource> {
  const kind = documentKindOf(name, bytes);
  if ((kind === 'doc' || kind === 'docx') && isHtmlBytes(bytes)) {
    return { ok: true, kind: 'html', content: decodeText(bytes) };
  }
  switch (kind) {
    case 'pdf':
      return bytes.length === 0 || !isPdf(bytes)
        ? { ok: false, message: '文件不是有效的 PDF，可能已损坏或下载不完整。' }
        : as('text', await readers.pdf(bytes, onProgress));
    case 'docx':
      return as('html', await readers.docx(bytes));
    case 'doc':
      return { ok: false, message: oldWordMessage };
    case 'mht': {
      const page = mhtmlPage(bytes);
      return page === undefined
        ? {
            ok: false,
            message: '这是单个文件网页（.mht），但其中没有网页内容，可能已损坏或下载不完整。',
          }
        : { ok: true, kind: 'html', content: page };
    }
    default:
      return {
        ok: false,
        message: '只能读取 PDF（.pdf）、Word（.docx）或单个文件网页（.mht）文件。',
      };
  }
}

/** %PDF- within the first kilobyte, where readers look for it. */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
