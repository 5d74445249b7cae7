// `nianbao check`: check the files, print the results, and sum them up in the exit code.

import type { CheckCommand } from './args.ts';
import { checkFiles, type FileResult } from './checkFiles.ts';
import { exitCodes, type ExitCode } from './exitCodes.ts';
import { formatResultsJson } from './formatJson.ts';
import { formatCheckedReport, formatFailure } from './formatText.ts';
import type { ListedFinding } from './fileReview.ts';
import type { CliOutput } from './output.ts';
import { escapeControls } from './terminalText.ts';

export async function runCheck(command: CheckCommand, output: CliOutput): Promise<ExitCode> {
  const results = await checkFiles(command.files, command);
  // Failures go to stderr in either format, so a script reading JSON from stdout still logs them.
  if (command.format === 'json') {
    for (const result of results) if (!result.ok) output.stderr(formatFailure(result.failure));
    output.stdout(formatResultsJson(results));
  } else {
    let separator = '';
    for (const result of results) {
      if (!result.ok) {
        output.stderr(formatFailure(result.failure));
        continue;
      }
      const { file, report, findings, review } = result;
      output.stdout(
        escapeControls(separator + formatCheckedReport(file, report, findings, review)),
      );
      separator = '\n';
    }
  }
  return summarizeExitCode(results);
}

/**
 * Without --final, 1 means an error. With --final it means 定稿 would be refused: a warning not yet
 * fixed, explained or accepted counts, and an error the reviewer accepted (where the rule allows
 * an explanation) does not.
 */
function summarizeExitCode(results: readonly FileResult[]): ExitCode {
  if (results.some((result) => !result.ok)) return exitCodes.couldNotCheck;
  return results.some((result) => result.ok && isFailing(result))
    ? exitCodes.errorsFound
    : exitCodes.clean;
}

/**
 * Without --final: the report has an error. With --final: 定稿 would be refused, so a warning not
 * yet fixed, explained or accepted counts, and an error the reviewer accepted (where the rule
 * allows an explanation) does not.
 */
function isFailing(result: FileResult & { ok: true }): boolean {
  const { blockers, itemOf } = result.review;
  const isError = (finding: ListedFinding) => finding.severity === 'error';
  if (!blockers) return result.findings.some(isError);
  // An importer's error is not the checker's, so finaliseBlockers does not see it.
  const hasImportError = result.findings.some((f) => isError(f) && !itemOf.has(f));
  return blockers.length > 0 || hasImportError;
}
