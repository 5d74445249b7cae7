// The bytes of a text file or saved web page as text, whatever encoding an office PC saved them in.
// Shared by the command line and the app, so a file reads the same in both.

/**
 * Government pages and Windows Notepad still save GBK (GB18030) or UTF-16 as often as UTF-8; a
 * byte-order mark decides, else a zero byte beside the first character marks UTF-16 (text starts
 * with ASCII or a common 汉字 whose other byte is not zero), else the bytes are UTF-8 if they can
 * be, else GB18030.
 */
export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (a !== undefined && a !== 0 && b === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0 && b !== undefined && b !== 0) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export const notTextMessage =
  '这个文件不是文本文件（可能是图片、压缩包或其他程序的文件），无法读取其中的文字。请导入报告的网页（.html）、文字（.txt）、PDF 或 Word（.docx）文件。';

/**
 * Whether decoded bytes are something other than text: text has no control characters but tab,
 * line breaks and form feed, and decodes without replacement characters; an image or archive
 * decoded as GB18030 is full of both. A few are forgiven (a stray byte in a saved page).
 */
export function isBinaryText(text: string): boolean {
  const head = text.slice(0, 4096);
  let odd = 0;
  for (const char of head) {
    const code = char.codePointAt(0) ?? 0;
    const isControl = code < 0x20 && !'\t\n\f\r'.includes(char);
    if (isControl || code === 0xfffd) odd++;
  }
  return odd > Math.max(8, head.length / 50);
}
