// A web page saved as one file — Word's 「单个文件网页」 (.mht), and many a ".doc" that an office
// system or a government site hands out (documentKind.ts tells one by its bytes) — is a MIME
// message: headers, then parts between boundary lines, the page itself the first text/html part,
// quoted-printable or base64, in the charset its own header names (often gb2312). Its pictures
// are left out; a report is read from its text.

const latin1 = new TextDecoder('latin1');

/** The HTML of a saved single-file page, decoded; undefined when it holds none. */
export function mhtmlPage(bytes: Uint8Array): string | undefined {
  const message = latin1.decode(bytes);
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/iu.exec(message);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (marker === undefined) return undefined;
  for (const part of message.split(`--${marker}`).slice(1)) {
    const split = /\r?\n\r?\n/u.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/iu.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/iu.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset\s*=\s*"?([\w-]+)/iu.exec(headers)?.[1] ?? 'utf-8';
    return decodeCharset(decodeTransfer(body, encoding), charset);
  }
  return undefined;
}

function decodeTransfer(body: string, encoding: string | undefined): Uint8Array {
  if (encoding === 'base64') {
    const binary = atob(body.replace(/[^A-Za-z0-9+/=]/gu, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  }
  const raw =
    encoding === 'quoted-printable'
      ? body
          .replace(/=\r?\n/gu, '')
          .replace(/=([0-9A-Fa-f]{2})/gu, (_, hex: string) =>
            String.fromCharCode(Number.parseInt(hex, 16)),
          )
      : body;
  return Uint8Array.from(raw, (char) => char.charCodeAt(0) & 0xff);
}

/** GB2312 and GBK are subsets of GB18030, which every TextDecoder knows. */
function decodeCharset(bytes: Uint8Array, charset: string): string {
  const name = /^(?:gb2312|gbk|gb_2312-80|x-gbk|cp936)$/iu.test(charset) ? 'gb18030' : charset;
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
