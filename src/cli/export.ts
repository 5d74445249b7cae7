// `nianbao export`: report files → the printable HTML document, its PDF, the Word document and the
// Excel workbook, one of each asked-for kind per report.

import { renderReportHtml } from '../export/html/document.ts';
import { checkReport } from '../model/check.ts';
import { outputPaths, type ExportCommand } from './args.ts';
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
  // Before anything is read or written: no output may be one of the inputs.
  const outputs = command.files.flatMap((file) =>
    Object.values(outputPaths(command, file)).filter((path) => path !== undefined),
  );
  const inputs = [...command.files, command.prior].filter((path) => path !== undefined);
  const overwrite = await findOutputOverInput(outputs, inputs);
  if (overwrite) {
    output.stderr(`${overwrite}\n`);
    return exitCodes.couldNotCheck;
  }
  let isComplete = true;
  // One report after another: a file that cannot be read or written does not stop the others.
  for (const file of command.files) {
    isComplete = (await exportReport(command, file, output)) && isComplete;
  }
  return isComplete ? exitCodes.clean : exitCodes.couldNotCheck;
}

async function exportReport(
  command: ExportCommand,
  file: string,
  output: CliOutput,
): Promise<boolean> {
  const read = await readReportFile(file);
  if (!read.ok) {
    output.stderr(formatFailure(read.failure));
    return false;
  }
  const { report } = read;
  const prior =
    command.prior === undefined
      ? undefined
      : { file: command.prior, read: await readReportFile(command.prior) };
  const priorProblem = prior && describePriorProblem(file, report, prior);
  if (priorProblem) {
    output.stderr(formatFailure(priorProblem));
    return false;
  }
  const findings = checkReport(report, { prior: prior?.read.ok ? prior.read.report : undefined });
  const options = {
    flavour: command.flavour,
    signature: command.hasSignature,
    findings: command.flavour === 'review' ? findings : [],
  };
  const html = renderReportHtml(report, options);
  const paths = outputPaths(command, file);

  let isComplete = true;
  const save = async (path: string, data: string | Uint8Array, what: string) => {
    const written = await writeOutput(path, data, output);
    if (written) output.stdout(escapeControls(`已生成 ${what}：${path}\n`));
    isComplete &&= written;
  };
  if (paths.html !== undefined) await save(paths.html, html, 'HTML');
  if (paths.pdf !== undefined) {
    const printed = await printHtmlToPdf(html);
    if (!printed.ok) {
      output.stderr(formatFailure(printed.failure));
      isComplete = false;
    } else {
      for (const warning of printed.warnings) output.stderr(`注意：${warning}\n`);
      await save(paths.pdf, printed.pdf, 'PDF');
    }
  }
  // The Word and Excel builders load only when asked for: every other command starts sooner.
  if (paths.docx !== undefined) {
    const { renderReportDocx } = await import('../export/docx/document.ts');
    await save(paths.docx, await renderReportDocx(report, options), 'Word');
  }
  if (paths.xlsx !== undefined) {
    const { renderReportXlsx } = await import('../export/xlsx/workbook.ts');
    // The workbook lists every finding (检查结果) whichever flavour the other files take.
    await save(paths.xlsx, await renderReportXlsx(report, findings), 'Excel');
  }
  return isComplete;
}
