// The worker's part of reading a 批量审核 item: a report file (JSON) or an exported workbook as
// 导入 reads them, a published text or page as 导入已发布年报 does, a document's text as the page
// sent it, a library report as it is. Never throws: a file that cannot be read comes back with why.

import { importReportHtml, importReportText } from '../../model/import/importReport.ts';
import type { ImportOutcome } from '../../model/import/result.ts';
import { decodeText } from '../../formats/decodeText.ts';
import { readImportFile } from '../library/readImportFile.ts';
import { unreadable, type BatchSource, type SourceRead } from './batchSource.ts';

const extensionOf = (name: string) => /\.([^.]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';

function imported(name: string, outcome: ImportOutcome, readAs: string): SourceRead {
  if (!outcome.ok) return { ok: false, file: name, problem: outcome.message };
  return {
    ok: true,
    entry: { source: name, report: outcome.report, readAs, importFindings: outcome.findings },
  };
}

async function readFile(name: string, file: File): Promise<SourceRead> {
  const extension = extensionOf(name);
  if (extension === 'json' || extension === 'xlsx') {
    const read = await readImportFile(file);
    if (!read.ok) return { ok: false, file: name, problem: read.problems.join('；') };
    return {
      ok: true,
      entry: { source: name, report: read.report, readAs: extension, importFindings: [] },
    };
  }
  const content = decodeText(new Uint8Array(await file.arrayBuffer()));
  return extension === 'html' || extension === 'htm'
    ? imported(name, importReportHtml(content), 'html')
    : imported(name, importReportText(content), 'text');
}

export async function readBatchSource(source: BatchSource): Promise<SourceRead> {
  try {
    if ('report' in source) {
      const entry = { source: source.name, report: source.report, readAs: 'library' };
      return { ok: true, entry: { ...entry, importFindings: [] } };
    }
    if ('document' in source) {
      const { kind, content } = source.document;
      const outcome = kind === 'html' ? importReportHtml(content) : importReportText(content);
      return imported(source.name, outcome, source.readAs);
    }
    return await readFile(source.name, source.file);
  } catch {
    return { ok: false, file: source.name, problem: unreadable };
  }
}
