// A published report's text or web page on disk → the importer's result. Shared by `import`, which
// writes the report file, and by `check`/`export`, which read such a file as if it were one.

import { extname } from 'node:path';
import { importReportHtml, importReportText } from '../model/import/importReport.ts';
import type { ImportResult } from '../model/import/result.ts';
import type { Failure } from './failure.ts';
import { readInputFile } from './inputFile.ts';
import { decodeText, isBinaryText, notTextMessage } from '../formats/decodeText.ts';
import { documentKindOf } from '../formats/documentKind.ts';

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
  // A PDF or Word file saved under a text name is read as what its first bytes say it is.
  if (kind === 'document' || documentKindOf(path, bytes) !== undefined) {
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
  const text = decodeText(bytes);
  if (isBinaryText(text)) return { ok: false, message: notTextMessage } as const;
  return kind === 'html' ? importReportHtml(text, options) : importReportText(text, options);
}
