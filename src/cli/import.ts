// `nianbao import`: a published report — its text as copied, or its web page as saved — becomes
// a report file. What the importer had to decide, and every line it could not use, go to stderr
// with their line numbers, so the file can be checked against the original.

import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { serializeReport } from '../export/json.ts';
import { readDocument } from '../formats/readDocument.ts';
import type { ImportFinding } from '../model/import/findings.ts';
import { importReportHtml, importReportText } from '../model/import/importReport.ts';
import type { Edition, ImportResult } from '../model/import/result.ts';
import { severityLabels } from '../model/rules/finding.ts';
import type { ImportCommand } from './args.ts';
import { exitCodes, type ExitCode } from './exitCodes.ts';
import { formatFailure } from './formatText.ts';
import type { CliOutput } from './output.ts';
import { nodeReaders } from './pdfSetup.ts';
import { describeReadError, errorCode, type Failure } from './readReport.ts';

/** A document (PDF, Word) is first turned into text or HTML by src/formats. */
export type SourceKind = 'text' | 'html' | 'document';

const sourceKinds: Readonly<Record<string, SourceKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.htm': 'html',
  '.html': 'html',
  '.pdf': 'document',
  '.docx': 'document',
  '.doc': 'document',
};

/** A published report's text or page, by its file name; undefined for anything else (a report file). */
export const sourceKindOf = (path: string): SourceKind | undefined =>
  sourceKinds[extname(path).toLowerCase()];

/**
 * Government pages and Windows Notepad still save GBK (GB18030) as often as UTF-8; a byte-order
 * mark decides, else the bytes are UTF-8 if they can be, else GB18030.
 */
export function decodeSource(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export type ImportRead =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: false; readonly failure: Failure };

export async function importSourceFile(
  path: string,
  kind: SourceKind,
  fallbackYear?: number,
): Promise<ImportRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const summary = `无法读取文件 ${path}：${describeReadError(error)}`;
    return { ok: false, failure: { summary, details: [] } };
  }
  const source =
    kind === 'document'
      ? await readDocument(path, bytes, nodeReaders)
      : ({ ok: true, kind, content: decodeSource(bytes) } as const);
  if (!source.ok) {
    return { ok: false, failure: { summary: `无法导入 ${path}`, details: [source.message] } };
  }
  const options = fallbackYear === undefined ? {} : { fallbackYear };
  const outcome =
    source.kind === 'html'
      ? importReportHtml(source.content, options)
      : importReportText(source.content, options);
  if (!outcome.ok) {
    return { ok: false, failure: { summary: `无法导入 ${path}`, details: [outcome.message] } };
  }
  return { ok: true, result: outcome };
}

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
      `无法导入 ${command.file}：只能导入已发布报告的文本（.txt）、网页（.html、.htm）、PDF（.pdf）或 Word（.docx）文件。\n`,
    );
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
  try {
    await writeFile(command.output, file, 'utf8');
  } catch (error) {
    output.stderr(`无法写入文件 ${command.output}（${errorCode(error) ?? String(error)}）。\n`);
    return exitCodes.couldNotCheck;
  }
  output.stderr(`已写入 ${command.output}。\n`);
  return exitCodes.clean;
}
