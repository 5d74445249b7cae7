// A Word 2007+ document's bytes → HTML for the HTML importer, through mammoth: paragraphs stay
// paragraphs and merged table cells become rowspan/colspan, so the tables read as a web page's do.

import type { DocumentText } from './readPdf.ts';

export async function readDocxHtml(bytes: Uint8Array): Promise<DocumentText> {
  const { default: mammoth } = await import('mammoth');
  const arrayBuffer = bytes.slice().buffer;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take an ArrayBuffer.
  const input = { arrayBuffer, buffer: arrayBuffer };
  try {
    const { value } = await mammoth.convertToHtml(input);
    if (value.trim() === '') return { ok: false, message: '这个 Word 文档中没有文字。' };
    return { ok: true, content: value };
  } catch {
    return {
      ok: false,
      message:
        '无法读取这个 Word 文档，它可能已损坏，或不是 .docx 格式。请用 Word 或 WPS 打开后另存为 .docx 再导入。',
    };
  }
}
