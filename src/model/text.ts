// Text measures shared by the rules and the editor's live counts.

const whiteSpace = /\s/;

/** Characters as 字数 counts them in Word/WPS: every character but white space. */
export function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A character outside the BMP is two UTF-16 units; count its first half only.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    // Fast paths for what reports are made of: ASCII, CJK ideographs, CJK and full-width
    // punctuation (U+3000 itself is the ideographic space).
    if (
      (code > 0x20 && code < 0x7f) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code > 0x3000 && code <= 0x303f) ||
      (code >= 0xff01 && code <= 0xffef) ||
      (code >= 0x2010 && code <= 0x2027)
    ) {
      count++;
    } else if (!whiteSpace.test(text.charAt(i))) {
      count++;
    }
  }
  return count;
}
