// Entry point of the `nianbao` command (bin/nianbao.mjs): words in, exit code out.

import { parseCommandLine } from './args.ts';
import { runBatch } from './batch/batch.ts';
import { runRollup } from './batch/rollup.ts';
import { runCheck } from './check.ts';
import { exitCodes, type ExitCode } from './exitCodes.ts';
import { runExport } from './export.ts';
import { helpText } from './help.ts';
import { runImport } from './import.ts';
import { processOutput, type CliOutput } from './output.ts';
import { runSample } from './sample.ts';
import { escapeControls } from './terminalText.ts';

export async function main(
  argv: readonly string[],
  target: CliOutput = processOutput,
): Promise<ExitCode> {
  // stderr is always for a person; stdout is escaped by each command where it is not JSON.
  const output: CliOutput = {
    stdout: target.stdout,
    stderr: (text) => target.stderr(escapeControls(text)),
  };
  try {
    return await runCommand(argv, output);
  } catch (error) {
    // Left uncaught, a crash would exit 1, which scripts read as "the report has errors".
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    output.stderr(`nianbao 内部错误，命令未能完成。请把以下信息告知维护者：\n${detail}\n`);
    return exitCodes.couldNotCheck;
  }
}

async function runCommand(argv: readonly string[], output: CliOutput): Promise<ExitCode> {
  const command = parseCommandLine(argv);
  switch (command.name) {
    case 'help':
      output.stdout(helpText);
      return exitCodes.clean;
    case 'misuse':
      output.stderr(command.message ? `${command.message}\n\n${helpText}` : helpText);
      return exitCodes.couldNotCheck;
    case 'sample':
      return runSample(output);
    case 'check':
      return runCheck(command, output);
    case 'export':
      return runExport(command, output);
    case 'import':
      return runImport(command, output);
    case 'batch':
      return runBatch(command, output);
    case 'rollup':
      return runRollup(command, output);
  }
}
