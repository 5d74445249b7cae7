// A report file on disk → a Report, or a failure that says in Chinese what is wrong with the file.
// Reading is the CLI's job; deciding what the text means is the model's one parse door — or, for
// a published report's text or web page, the importer, whose findings come along.

import type { ImportFinding } from '../model/import/findings.ts';
import { parseReportText } from '../model/parse.ts';
import type { Report } from '../model/report.ts';
import type { Failure } from './failure.ts';
import { readInputFile } from './inputFile.ts';
import { decodeText } from '../formats/decodeText.ts';
import { importSourceFile, sourceKindOf } from './sourceFile.ts';

export type ReadOutcome =
  | {
      readonly ok: true;
      readonly report: Report;
      /** What the importer noticed, when the file was a published report's text or page. */
      readonly importFindings: readonly ImportFinding[];
    }
  | { readonly ok: false; readonly failure: Failure };

export async function readReportFile(path: string): Promise<ReadOutcome> {
  const kind = sourceKindOf(path);
  if (kind) {
    const imported = await importSourceFile(path, kind);
    if (!imported.ok) return imported;
    const { report, findings } = imported.result;
    return { ok: true, report, importFindings: findings };
  }
  const read = await readInputFile(path);
  if (!read.ok) return read;
  const parsed = parseReportText(decodeText(read.bytes));
  if (parsed.ok) return { ok: true, report: parsed.document.report, importFindings: [] };
  return failed(
    `${path} 不是有效的年报文件`,
    parsed.problems.map((problem) => problem.message),
  );
}

function failed(summary: string, details: readonly string[] = []): ReadOutcome {
  return { ok: false, failure: { summary, details } };
}
