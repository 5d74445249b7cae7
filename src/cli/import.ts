// `nianbao import`: a published report — its text as copied, or its web page as saved — becomes
// a report file. What the importer had to decide, and every line it could not use, go to stderr
// with their line numbers, so the file can be checked against the original.

import { serializeReport } from '../export/json.ts';
import type { ImportFinding } from '../model/import/findings.ts';
import type { Edition, ImportResult } from '../model/import/result.ts';
import { severityLabels } from '../model/rules/finding.ts';
import type { ImportCommand } from './args.ts';
import { exitCodes, type ExitCode } from './exitCodes.ts';
import { formatFailure } from './formatText.ts';
import type { CliOutput } from './output.ts';
import { findOutputOverInput, writeOutputFile } from './outputFile.ts';
import { importSourceFile, sourceKindOf } from './sourceFile.ts';

const editionNames: Readonly<Record<Edition, string>> = {
  '2021': '2021 年格式（国办公开办函〔2021〕30号）',
  '2019': '2019 年试行格式（国办公开办函〔2019〕60号）',
  mixed: '混用 2019 年试行格式和 2021 年格式',
};

function formatFinding(finding: ImportFinding): string {
  const where = finding.line === null ? '' : `第 ${finding.line} 行  `;
  return `  ${severityLabels[finding.severity]}  ${where}${finding.rule}  ${finding.message}`;
}

/** What the import did, for a person comparing the file with the original. */
export function formatImportAccount(file: string, result: ImportResult): string {
  const { report, account, findings, edition } = result;
  const placed = Object.keys(account.cells).length;
  const declared = Object.keys(report.declared).length;
  const name = report.header.agencyName.trim() || '（未找到机关名称）';
  const lines = [
    `已导入 ${file}：${name} ${report.header.year} 年度报告`,
    `  格式：${editionNames[edition]}`,
    `  表格：读入 ${placed - declared} 个单元格和 ${declared} 个申报合计；未使用的行 ${account.unplaced.length} 行`,
  ];
  if (findings.length > 0) {
    lines.push(`导入说明（${findings.length}）：`, ...findings.map(formatFinding));
  }
  if (account.unplaced.length > 0) {
    lines.push(`未使用的行（${account.unplaced.length}）：`);
    for (const { line, text, reason } of account.unplaced) {
      lines.push(`  第 ${line} 行  ${reason}：${text.replaceAll('\t', ' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runImport(command: ImportCommand, output: CliOutput): Promise<ExitCode> {
  const kind = sourceKindOf(command.file);
  if (!kind) {
    output.stderr(
      `无法导入 ${command.file}：只能导入已发布报告的文本（.txt）、网页（.html、.htm）、PDF（.pdf）、Word（.docx）或导出的 Excel 文件（.xlsx）。
`,
    );
    return exitCodes.couldNotCheck;
  }
  const overwrite =
    command.output === undefined
      ? undefined
      : await findOutputOverInput([command.output], [command.file]);
  if (overwrite) {
    output.stderr(`${overwrite}\n`);
    return exitCodes.couldNotCheck;
  }
  const read = await importSourceFile(command.file, kind, command.year);
  if (!read.ok) {
    const hint = read.failure.details.some((detail) => detail.includes('报告年度'))
      ? '可以用 --year 指定报告年度。\n'
      : '';
    output.stderr(formatFailure(read.failure) + hint);
    return exitCodes.couldNotCheck;
  }
  output.stderr(formatImportAccount(command.file, read.result));
  const file = serializeReport(read.result.report);
  if (command.output === undefined) {
    output.stdout(file);
    return exitCodes.clean;
  }
  const written = await writeOutputFile(command.output, file);
  if (!written.ok) {
    output.stderr(`${written.message}\n`);
    return exitCodes.couldNotCheck;
  }
  output.stderr(`已写入 ${command.output}。\n`);
  return exitCodes.clean;
}
