// One file of a 批量审核, read through the app's own doors: a report file (JSON) or an exported
// workbook as 导入 reads them, a published report (text, web page, PDF, Word) as 导入已发布年报
// does. Never throws: a file that cannot be read comes back with its reason.

import type { BatchEntry } from '../../model/batch/batch.ts';
import { importReportHtml, importReportText } from '../../model/import/importReport.ts';
import { browserReaders } from '../../formats/browserReaders.ts';
import { documentKindOfName } from '../../formats/documentKind.ts';
import { readDocument } from '../../formats/readDocument.ts';
import { readImportFile } from '../library/readImportFile.ts';

export type BatchFileRead =
  | { readonly ok: true; readonly entry: BatchEntry }
  | { readonly ok: false; readonly file: string; readonly problem: string };

const extensionOf = (name: string) => /\.([^.]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';

/** Text from a government site is UTF-8 or GBK; a UTF-8 reading full of � was the wrong guess. */
function decodeText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('gb18030').decode(bytes) : utf8;
}

async function readPublished(file: File): Promise<BatchFileRead> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const extension = extensionOf(file.name);
  let kind: 'text' | 'html';
  let content: string;
  if (documentKindOfName(file.name)) {
    const read = await readDocument(file.name, bytes, browserReaders);
    if (!read.ok) return { ok: false, file: file.name, problem: read.message };
    ({ kind, content } = read);
  } else {
    kind = extension === 'html' || extension === 'htm' ? 'html' : 'text';
    content = decodeText(bytes);
  }
  const outcome = kind === 'html' ? importReportHtml(content) : importReportText(content);
  if (!outcome.ok) return { ok: false, file: file.name, problem: outcome.message };
  const readAs = documentKindOfName(file.name) ?? kind;
  return {
    ok: true,
    entry: {
      source: file.name,
      report: outcome.report,
      readAs,
      importFindings: outcome.findings,
    },
  };
}

export async function readBatchFile(file: File): Promise<BatchFileRead> {
  try {
    const extension = extensionOf(file.name);
    if (extension !== 'json' && extension !== 'xlsx') return await readPublished(file);
    const read = await readImportFile(file);
    if (!read.ok) return { ok: false, file: file.name, problem: read.problems.join('；') };
    return {
      ok: true,
      entry: { source: file.name, report: read.report, readAs: extension, importFindings: [] },
    };
  } catch {
    return { ok: false, file: file.name, problem: '无法读取这个文件（可能已损坏或不可访问）。' };
  }
}
