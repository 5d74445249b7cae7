// Check results as JSON for scripts: one entry per file argument, in argument order. The shape is
// a promise to those scripts; change it only on purpose.

import type { FileResult, ListedFinding } from './checkFiles.ts';
import type { Failure } from './readReport.ts';

type JsonFinding = Pick<
  ListedFinding,
  'rule' | 'severity' | 'message' | 'cells' | 'left' | 'right'
>;

type JsonFileResult =
  | { readonly file: string; readonly findings: readonly JsonFinding[] }
  | { readonly file: string; readonly error: string; readonly findings: readonly [] };

export function formatResultsJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results.map(toJsonFileResult), null, 2)}\n`;
}

function toJsonFileResult(result: FileResult): JsonFileResult {
  if (!result.ok) {
    return { file: result.file, error: describeFailureInline(result.failure), findings: [] };
  }
  return {
    file: result.file,
    findings: result.findings.map(({ rule, severity, message, cells, left, right }) => ({
      rule,
      severity,
      message,
      cells,
      left,
      right,
    })),
  };
}

function describeFailureInline({ summary, details }: Failure): string {
  return details.length === 0 ? `${summary}。` : `${summary}：${details.join('；')}`;
}
