import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark, and GBK pages and Notepad files', () => {
    const utf8 = new TextEncoder().encode('政府信息公开');
    expect(decodeText(utf8)).toBe('政府信息公开');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('政府信息公开');
    // 「牡丹江」 in GBK.
    expect(decodeText(new Uint8Array([0xc4, 0xb5, 0xb5, 0xa4, 0xbd, 0xad]))).toBe('牡丹江');
  });

  it('reads UTF-16 as Notepad saves it, with or without its byte-order mark', () => {
    const le = new Uint8Array(Buffer.from('政府信息公开 2024', 'utf16le'));
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toBe('政府信息公开 2024');
    expect(decodeText(new Uint8Array(Buffer.from('2024 年度', 'utf16le')))).toBe('2024 年度');
  });
});
