// A published report's text or web page on disk → the importer's result. Shared by `import`, which
// writes the report file, and by `check`/`export`, which read such a file as if it were one.

import { extname } from 'node:path';
import { importReportHtml, importReportText } from '../model/import/importReport.ts';
import type { ImportResult } from '../model/import/result.ts';
import type { Failure } from './failure.ts';
import { readInputFile } from './inputFile.ts';

/** A document (PDF, Word) is first turned into text or HTML by src/formats. */
export type SourceKind = 'text' | 'html' | 'xlsx' | 'document';

const sourceKinds: Readonly<Record<string, SourceKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.htm': 'html',
  '.html': 'html',
  '.xlsx': 'xlsx',
  '.pdf': 'document',
  '.docx': 'document',
  '.doc': 'document',
};

/** A published report's text or page, by its file name; undefined for anything else (a report file). */
export const sourceKindOf = (path: string): SourceKind | undefined =>
  sourceKinds[extname(path).toLowerCase()];

/**
 * Government pages and Windows Notepad still save GBK (GB18030) or UTF-16 as often as UTF-8; a
 * byte-order mark decides, else a zero byte beside the first character marks UTF-16 (text starts
 * with ASCII or a common 汉字 whose other byte is not zero), else the bytes are UTF-8 if they can
 * be, else GB18030.
 */
export function decodeSource(bytes: Uint8Array): string {
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

export type ImportRead =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: false; readonly failure: Failure };

export async function importSourceFile(
  path: string,
  kind: SourceKind,
  fallbackYear?: number,
): Promise<ImportRead> {
  const read = await readInputFile(path);
  if (!read.ok) return read;
  const options = fallbackYear === undefined ? {} : { fallbackYear };
  const outcome = await importBytes(path, read.bytes, kind, options);
  if (!outcome.ok) {
    return { ok: false, failure: { summary: `无法导入 ${path}`, details: [outcome.message] } };
  }
  return { ok: true, result: outcome };
}

async function importBytes(
  path: string,
  bytes: Uint8Array,
  kind: SourceKind,
  options: { readonly fallbackYear?: number },
) {
  // The workbook, PDF and Word readers load only for such a file: every other command starts sooner.
  if (kind === 'xlsx') {
    return (await import('../formats/xlsxReport.ts')).importReportXlsx(bytes, options);
  }
  if (kind === 'document') {
    const [{ readDocument }, { nodeReaders }] = await Promise.all([
      import('../formats/readDocument.ts'),
      import('./pdfSetup.ts'),
    ]);
    const source = await readDocument(path, bytes, nodeReaders);
    if (!source.ok) return source;
    return source.kind === 'html'
      ? importReportHtml(source.content, options)
      : importReportText(source.content, options);
  }
  const text = decodeSource(bytes);
  return kind === 'html' ? importReportHtml(text, options) : importReportText(text, options);
}
