// A report file on disk → a Report, or a failure that says in Chinese what is wrong with the file.
// Reading is the CLI's job; deciding what the text means is the model's one parse door — or, for
// a published report's text or web page, the importer, whose findings come along.

import { readFile } from 'node:fs/promises';
import type { ImportFinding } from '../model/import/findings.ts';
import { parseReportText } from '../model/parse.ts';
import type { Report } from '../model/report.ts';
import { importSourceFile, sourceKindOf } from './import.ts';

/** Why a file could not be used: one sentence, then each problem found in it. */
export interface Failure {
  readonly summary: string;
  readonly details: readonly string[];
}

export type ReadOutcome =
  | {
      readonly ok: true;
      readonly report: Report;
      /** What the importer noticed, when the file was a published report's text or page. */
      readonly importFindings: readonly ImportFinding[];
    }
  | { readonly ok: false; readonly failure: Failure };

const readErrorReasons: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
};

export async function readReportFile(path: string): Promise<ReadOutcome> {
  const kind = sourceKindOf(path);
  if (kind) {
    const imported = await importSourceFile(path, kind);
    if (!imported.ok) return imported;
    const { report, findings } = imported.result;
    return { ok: true, report, importFindings: findings };
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return failed(`无法读取文件 ${path}：${describeReadError(error)}`);
  }
  const parsed = parseReportText(text);
  if (parsed.ok) return { ok: true, report: parsed.document.report, importFindings: [] };
  return failed(
    `${path} 不是有效的年报文件`,
    parsed.problems.map((problem) => problem.message),
  );
}

function failed(summary: string, details: readonly string[] = []): ReadOutcome {
  return { ok: false, failure: { summary, details } };
}

/** A Node file-system error's code (ENOENT …), if it has one. */
export const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error ? String(error.code) : undefined;

/** Why a file could not be read, in words: 文件不存在, 没有读取权限 … */
export function describeReadError(error: unknown): string {
  const code = errorCode(error);
  return (code && readErrorReasons[code]) ?? `读取出错（${code ?? String(error)}）`;
}
