// Which reader a published report's file needs: by its first bytes, which do not lie, else by its
// name. A .doc that is really a .docx (or the other way round) is read as what it is.

/** .mht: a web page saved as one file (mhtml.ts), whatever its name says. */
export type DocumentKind = 'pdf' | 'docx' | 'doc' | 'mht';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

const pdfSignature = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const zipSignature = [0x50, 0x4b, 0x03, 0x04]; // PK♥♦: .docx is a zip
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97–2003

const byExtension: Readonly<Record<string, DocumentKind>> = {
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  wps: 'doc',
  mht: 'mht',
  mhtml: 'mht',
};

/** The document kind of a file name (.pdf, .docx, .doc, .mht), if it is one. */
export function documentKindOfName(name: string): DocumentKind | undefined {
  const extension = /\.([a-z]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
  return byExtension[extension];
}

export function documentKindOf(name: string, bytes: Uint8Array): DocumentKind | undefined {
  if (startsWith(bytes, pdfSignature)) return 'pdf';
  if (startsWith(bytes, oleSignature)) return 'doc';
  if (isMhtmlBytes(bytes)) return 'mht';
  if (startsWith(bytes, zipSignature) && documentKindOfName(name) !== undefined) return 'docx';
  return documentKindOfName(name);
}

export const oldWordMessage =
  '这是旧版 Word 文档（.doc），无法直接读取。请用 Word 或 WPS 打开，另存为 .docx（Word 文档）后再导入。';

/**
 * A web page, whatever its name says: Word's 「网页」 format saved as .doc, as government sites
 * often offer their reports, is HTML and reads as a page.
 */
export function isHtmlBytes(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).toLowerCase();
  const start = head.replace(/^(?:\u00ef\u00bb\u00bf|\s)+/u, '');
  return start.startsWith('<') && /<(?:!doctype html|html|body|table)\b/u.test(head);
}

/** Whether the bytes start as a MIME message with parts, as a saved single-file page does. */
export function isMhtmlBytes(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 4096))
    .replace(/^(?:\u00ef\u00bb\u00bf|\s)+/u, '');
  const headers = head.split(/\r?\n\r?\n/u, 1)[0] ?? '';
  return (
    /^[\w-]+:/u.test(headers) &&
    /^mime-version:/imu.test(headers) &&
    /^content-type:\s*multipart\/related/imu.test(headers)
  );
}
