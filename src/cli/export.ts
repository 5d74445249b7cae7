// `nianbao export`: a report file → the printable HTML document and/or its PDF.

import { renderReportHtml } from '../export/html/document.ts';
import { checkReport } from '../model/check.ts';
import type { ExportCommand } from './args.ts';
import { describePriorProblem } from './checkFiles.ts';
import { exitCodes, type ExitCode } from './exitCodes.ts';
import { formatFailure } from './formatText.ts';
import type { CliOutput } from './output.ts';
import { findOutputOverInput, writeOutputFile } from './outputFile.ts';
import { printHtmlToPdf } from './printPdf.ts';
import { readReportFile } from './readReport.ts';
import { escapeControls } from './terminalText.ts';

async function writeOutput(
  path: string,
  data: string | Uint8Array,
  output: CliOutput,
): Promise<boolean> {
  const written = await writeOutputFile(path, data);
  if (!written.ok) output.stderr(`${written.message}\n`);
  return written.ok;
}

export async function runExport(command: ExportCommand, output: CliOutput): Promise<ExitCode> {
  const outputs = [command.html, command.pdf].filter((path) => path !== undefined);
  const inputs = [command.file, command.prior].filter((path) => path !== undefined);
  const overwrite = await findOutputOverInput(outputs, inputs);
  if (overwrite) {
    output.stderr(`${overwrite}\n`);
    return exitCodes.couldNotCheck;
  }
  const read = await readReportFile(command.file);
  if (!read.ok) {
    output.stderr(formatFailure(read.failure));
    return exitCodes.couldNotCheck;
  }
  const { report } = read;
  const prior =
    command.prior === undefined
      ? undefined
      : { file: command.prior, read: await readReportFile(command.prior) };
  const priorProblem = prior && describePriorProblem(command.file, report, prior);
  if (priorProblem) {
    output.stderr(formatFailure(priorProblem));
    return exitCodes.couldNotCheck;
  }
  const findings = checkReport(report, { prior: prior?.read.ok ? prior.read.report : undefined });
  const html = renderReportHtml(report, {
    flavour: command.flavour,
    signature: command.hasSignature,
    findings: command.flavour === 'review' ? findings : [],
  });

  let isComplete = true;
  if (command.html !== undefined) {
    const written = await writeOutput(command.html, html, output);
    if (written) output.stdout(escapeControls(`已生成 HTML：${command.html}\n`));
    isComplete &&= written;
  }
  if (command.pdf !== undefined) {
    const printed = await printHtmlToPdf(html);
    if (!printed.ok) {
      output.stderr(formatFailure(printed.failure));
      isComplete = false;
    } else {
      for (const warning of printed.warnings) output.stderr(`注意：${warning}\n`);
      const written = await writeOutput(command.pdf, printed.pdf, output);
      if (written) output.stdout(escapeControls(`已生成 PDF：${command.pdf}\n`));
      isComplete &&= written;
    }
  }
  return isComplete ? exitCodes.clean : exitCodes.couldNotCheck;
}
