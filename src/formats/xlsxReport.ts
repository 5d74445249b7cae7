// importReportXlsx: a workbook exported by 导出 Excel (or by `nianbao export --xlsx`), possibly
// edited in Excel or WPS, back into a report. The sheets must keep the exported layout: every label
// is compared with the official one, so a moved row is refused rather than read into the wrong
// cell. Each figure is read as a typed or pasted one is (parseCellInput); a value that is not one
// is left blank and named. Totals become declared values, which the check compares with its own.

import readXlsxFile from 'read-excel-file/universal';
import { createBlankReport } from '../model/blank.ts';
import {
  describeCell,
  getCellDef,
  tableShortNames,
  type CellAddress,
  type TableId,
} from '../model/form/cells.ts';
import { table3Layouts, type Table3Layout } from '../model/form/table3.ts';
import { importFinding, type ImportFinding } from '../model/import/findings.ts';
import type { CellSource, ImportOutcome } from '../model/import/result.ts';
import type { Report } from '../model/report.ts';
import { firstReportYear, lastReportYear } from '../model/report.ts';
import { parseCellInput, type CellValue } from '../model/values.ts';
import { tableGridOf, tableTopRows } from '../export/xlsx/tableSheets.ts';
import type { TableGrid } from '../export/tableGrid.ts';

type SheetRows = readonly (readonly unknown[])[];

const titlePattern = /^(.*?)(\d{4})年政府信息公开工作年度报告$/su;

/** What a sheet's cell says, as text; numbers arrive as their digits (parseNumber keeps them). */
function cellRaw(rows: SheetRows, row: number, column: number): string {
  const value = rows[row]?.[column];
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

const compact = (text: string) => text.replace(/\s+/gu, '');

/** The first label that differs from the exported layout, as a sentence; undefined when all agree. */
function layoutProblem(rows: SheetRows, grid: TableGrid, sheet: string): string | undefined {
  for (const cell of grid.cells) {
    if (cell.address || cell.text === '') continue;
    const row = cell.row + tableTopRows;
    const found = cellRaw(rows, row, cell.column);
    if (compact(found) !== compact(cell.text)) {
      const where = `工作表“${sheet}”第 ${row + 1} 行第 ${cell.column + 1} 列`;
      return `${where}应为“${cell.text}”，却是“${found}”`;
    }
  }
  return undefined;
}

interface Reading {
  readonly cells: Partial<Record<CellAddress, CellValue>>;
  readonly declared: Partial<Record<CellAddress, number | '/'>>;
  readonly sources: Partial<Record<CellAddress, CellSource>>;
  readonly findings: ImportFinding[];
}

function readValues(rows: SheetRows, grid: TableGrid, table: TableId, into: Reading): void {
  for (const cell of grid.cells) {
    if (!cell.address) continue;
    const row = cell.row + tableTopRows;
    const raw = cellRaw(rows, row, cell.column);
    if (raw.trim() === '') continue;
    into.sources[cell.address] = { line: row + 1, column: cell.column + 1, raw };
    const def = getCellDef(cell.address);
    const input = parseCellInput(def.kind, raw);
    const value = input.ok ? input.value : undefined;
    if (value === undefined) {
      const why = input.ok ? '' : `：${input.message}`;
      into.findings.push(
        importFinding('I-VALUE', {
          section: table,
          line: row + 1,
          cells: [cell.address],
          message: `${tableShortNames[table]}第 ${row + 1} 行“${describeCell(cell.address)}”的“${raw}”无法读取${why}，已留空。`,
        }),
      );
    } else if (!def.isComputed) {
      into.cells[cell.address] = value;
    } else if (typeof value === 'number' || value === '/') {
      into.declared[cell.address] = value;
    }
  }
}

const failed = (message: string): ImportOutcome => ({ ok: false, message });

export interface XlsxImportOptions {
  /** The report year when the workbook's title names none. */
  readonly fallbackYear?: number;
}

function readTitle(rows: SheetRows, fallbackYear: number | undefined) {
  const title = cellRaw(rows, 0, 0).trim();
  const match = titlePattern.exec(title);
  const year = match ? Number(match[2]) : fallbackYear;
  if (year === undefined || year < firstReportYear || year > lastReportYear) return undefined;
  return { agencyName: (match?.[1] ?? '').trim(), year };
}

/** The 表三 layout whose labels the sheet has, or the reason none fits. */
function chooseLayout(
  rows: SheetRows,
  agency: Report,
): { layout: Table3Layout } | { problem: string } {
  let problem = '';
  for (const layout of table3Layouts) {
    const found = layoutProblem(
      rows,
      tableGridOf({ ...agency, table3Layout: layout }, 't3'),
      '表三',
    );
    if (found === undefined) return { layout };
    problem ||= found;
  }
  return { problem };
}

const notOurs = '这不是年报导出的 Excel 文件，或表格的行列已被改动';

export async function importReportXlsx(
  bytes: Uint8Array,
  options: XlsxImportOptions = {},
): Promise<ImportOutcome> {
  let sheets: { sheet: string; data: SheetRows }[];
  try {
    // A copy, so the reader gets an ArrayBuffer of exactly these bytes.
    sheets = await readXlsxFile(bytes.slice().buffer, {
      parseNumber: (text: string) => text,
      trim: false,
    });
  } catch {
    return failed(
      '无法读取这个 Excel 文件：文件已损坏，或不是 .xlsx 格式（.xls 请先在 Excel 或 WPS 中另存为 .xlsx）。',
    );
  }
  const rowsOf = (table: TableId) =>
    sheets.find((sheet) => sheet.sheet === tableShortNames[table])?.data;
  const t2Rows = rowsOf('t2');
  const t3Rows = rowsOf('t3');
  const t4Rows = rowsOf('t4');
  if (!t2Rows || !t3Rows || !t4Rows) {
    return failed(`${notOurs}：应有工作表“表二”“表三”“表四”。`);
  }
  const header = readTitle(t2Rows, options.fallbackYear);
  if (!header) {
    return failed(
      `${notOurs}：工作表“表二”第 1 行应为报告标题「××××年政府信息公开工作年度报告」，从中读取报告年度。`,
    );
  }
  const blank = createBlankReport(header.year, header.agencyName);
  const chosen = chooseLayout(t3Rows, blank);
  if ('problem' in chosen) return failed(`${notOurs}：${chosen.problem}。`);
  const report = { ...blank, table3Layout: chosen.layout };
  const reading: Reading = { cells: {}, declared: {}, sources: {}, findings: [] };
  for (const [table, rows] of [
    ['t2', t2Rows],
    ['t3', t3Rows],
    ['t4', t4Rows],
  ] as const) {
    const grid = tableGridOf(report, table);
    const problem = layoutProblem(rows, grid, tableShortNames[table]);
    if (problem) return failed(`${notOurs}：${problem}。`);
    readValues(rows, grid, table, reading);
  }
  return {
    ok: true,
    report: { ...report, cells: reading.cells, declared: reading.declared },
    edition: chosen.layout,
    account: { cells: reading.sources, unplaced: [], notes: [] },
    findings: reading.findings,
  };
}
