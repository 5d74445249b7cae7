// `nianbao check`: check the files, print the results, and sum them up in the exit code.

import type { CheckCommand } from './args.ts';
import { checkFiles, type FileResult } from './checkFiles.ts';
import { exitCodes, type ExitCode } from './exitCodes.ts';
import { formatResultsJson } from './formatJson.ts';
import { formatCheckedReport, formatFailure } from './formatText.ts';
import type { CliOutput } from './output.ts';

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
      output.stdout(separator + formatCheckedReport(result.file, result.report, result.findings));
      separator = '\n';
    }
  }
  return summarizeExitCode(results);
}

function summarizeExitCode(results: readonly FileResult[]): ExitCode {
  if (results.some((result) => !result.ok)) return exitCodes.couldNotCheck;
  const hasErrors = results.some(
    (result) => result.ok && result.findings.some((finding) => finding.severity === 'error'),
  );
  return hasErrors ? exitCodes.errorsFound : exitCodes.clean;
}
