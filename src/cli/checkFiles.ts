// Each report file → its findings, or the reason it could not be checked. Output happens elsewhere.

import { checkReport } from '../model/check.ts';
import { isRestatedByImport } from '../model/import/restated.ts';
import type { Stage } from '../model/rules/context.ts';
import type { Report } from '../model/report.ts';
import type { Failure } from './failure.ts';
import { reviewFile, type FileReview, type ListedFinding } from './fileReview.ts';
import { readReportFile, type ReadOutcome } from './readReport.ts';

export type FileResult =
  | {
      readonly file: string;
      readonly ok: true;
      readonly report: Report;
      readonly findings: readonly ListedFinding[];
      readonly review: FileReview;
    }
  | { readonly file: string; readonly ok: false; readonly failure: Failure };

export interface PriorFile {
  readonly file: string;
  readonly read: ReadOutcome;
}

export interface CheckFilesOptions {
  readonly prior: string | undefined;
  readonly stage: Stage;
}

/** Results in the order the files were given, whatever order the reads finish in. */
export async function checkFiles(
  files: readonly string[],
  options: CheckFilesOptions,
): Promise<FileResult[]> {
  const prior: PriorFile | undefined =
    options.prior === undefined
      ? undefined
      : { file: options.prior, read: await readReportFile(options.prior) };
  return Promise.all(
    files.map(async (file): Promise<FileResult> => {
      const read = await readReportFile(file);
      if (!read.ok) return { file, ok: false, failure: read.failure };
      const priorProblem = prior && describePriorProblem(file, read.report, prior);
      if (priorProblem) return { file, ok: false, failure: priorProblem };
      const findings = checkReport(read.report, {
        prior: prior?.read.ok ? prior.read.report : undefined,
        stage: options.stage,
      });
      return {
        file,
        ok: true,
        report: read.report,
        findings: [
          ...findings.filter((finding) => !isRestatedByImport(finding, read.importFindings)),
          ...read.importFindings,
        ],
        review: reviewFile(read.report.review, findings, options.stage),
      };
    }),
  );
}

/**
 * Cross-year rules compare with the year just before; against any other year they would report
 * nonsense, so such a file is not checked at all rather than checked in part.
 */
export function describePriorProblem(
  file: string,
  report: Report,
  prior: PriorFile,
): Failure | undefined {
  if (!prior.read.ok) {
    const { summary, details } = prior.read.failure;
    return {
      summary: `未检查 ${file}，因为 --prior 指定的上年度报告无法使用`,
      details: [summary, ...details],
    };
  }
  const { year } = report.header;
  const priorYear = prior.read.report.header.year;
  if (priorYear === year - 1) return undefined;
  return {
    summary:
      `未检查 ${file}：它是 ${year} 年度的报告，上年度报告应为 ${year - 1} 年度，` +
      `而 --prior 指定的 ${prior.file} 是 ${priorYear} 年度的报告`,
    details: [],
  };
}
