// The import's working state: what has been placed where, what was left out, and what the
// importer noticed. Each part of the report is read by its own module into one collector.

import { describeCell, getCellDef, type CellAddress } from '../form/cells.ts';
import type { FindingSection } from '../rules/finding.ts';
import { notApplicable, type CellValue } from '../values.ts';
import { readCell } from './cellValues.ts';
import { importFinding, type ImportFinding } from './findings.ts';
import type { CellSource, SourceNote, UnplacedLine } from './result.ts';
import type { RowCell } from './rows.ts';
import type { SourceLine } from './source.ts';

export type EditionMark = '2019' | '2021';

export interface Collector {
  readonly cells: Partial<Record<CellAddress, CellValue>>;
  readonly declared: Partial<Record<CellAddress, number | '/'>>;
  readonly account: Partial<Record<CellAddress, CellSource>>;
  readonly unplaced: UnplacedLine[];
  readonly notes: SourceNote[];
  readonly findings: ImportFinding[];
  /** What showed which edition: 「表三（六）其他处理只有一行」. */
  readonly editionMarks: Record<EditionMark, string[]>;
}

export function createCollector(): Collector {
  return {
    cells: {},
    declared: {},
    account: {},
    unplaced: [],
    notes: [],
    findings: [],
    editionMarks: { '2019': [], '2021': [] },
  };
}

/** Where a left-out line is also worth a finding: in a table, where it may have held figures. */
export interface LeftOutReport {
  readonly section: FindingSection;
  /** Warning when the line held figures that are now in no cell. */
  readonly hadFigures: boolean;
}

const excerpt = (text: string) =>
  Array.from(text).length > 40 ? `${Array.from(text).slice(0, 40).join('')}……` : text;

export function leaveOut(
  collector: Collector,
  line: SourceLine,
  reason: string,
  report?: LeftOutReport,
): void {
  collector.unplaced.push({ line: line.line, text: line.text, reason });
  if (!report) return;
  collector.findings.push(
    importFinding('I-UNPLACED', {
      section: report.section,
      line: line.line,
      severity: report.hadFigures ? 'warning' : 'info',
      message: `第 ${line.line} 行“${excerpt(line.text.replaceAll('\t', ' '))}”未放入报告：${reason}。`,
    }),
  );
}

export function noteLine(collector: Collector, line: SourceLine, text: string): void {
  collector.notes.push({ line: line.line, text });
}

export function markEdition(collector: Collector, edition: EditionMark, what: string): void {
  const marks = collector.editionMarks[edition];
  if (!marks.includes(what)) marks.push(what);
}

const sectionOf = (address: CellAddress): FindingSection => getCellDef(address).table;

/**
 * Reads a printed cell into its address: an entered cell, or for a total the report printed, a
 * declared value. A cell that cannot be read stays blank and is reported; nothing is guessed.
 */
export function placeCell(
  collector: Collector,
  address: CellAddress,
  cell: RowCell,
  line: SourceLine,
): void {
  const def = getCellDef(address);
  const reading = readCell(def.kind, cell.text);
  if (reading.kind === 'blank') return;
  const where = { section: sectionOf(address), line: line.line, cells: [address] };
  if (reading.kind === 'unreadable') {
    collector.findings.push(
      importFinding('I-VALUE', {
        ...where,
        left: cell.text,
        message: `${describeCell(address)}：第 ${line.line} 行的“${cell.text}”无法读作数值（${reading.message}），该格留空。`,
      }),
    );
    return;
  }
  if (collector.account[address]) {
    collector.findings.push(
      importFinding('I-VALUE', {
        ...where,
        left: cell.text,
        message: `${describeCell(address)}：第 ${line.line} 行又给出“${cell.text}”，已按第 ${collector.account[address].line} 行读入，此处不用。`,
      }),
    );
    return;
  }
  const { value } = reading;
  if (def.isComputed) {
    // Totals are counts; readCell gives a money string only for the one money cell.
    if (typeof value !== 'number' && value !== notApplicable) return;
    collector.declared[address] = value;
  } else {
    collector.cells[address] = value;
  }
  const source: CellSource = { line: line.line, column: cell.column, raw: cell.text };
  collector.account[address] = reading.note ? { ...source, note: reading.note } : source;
  if (reading.yuan) {
    collector.findings.push(
      importFinding('I-UNIT', {
        ...where,
        left: cell.text,
        right: typeof value === 'string' ? value : null,
        message: `${describeCell(address)}：第 ${line.line} 行的“${cell.text}”以元计，本栏单位为万元，已换算为 ${String(value)} 万元，请核对。`,
      }),
    );
  }
  if (reading.note) {
    collector.findings.push(
      importFinding('I-VALUE', {
        ...where,
        severity: 'info',
        left: cell.text,
        right: typeof value === 'number' ? value : null,
        message: `${describeCell(address)}：“${cell.text}”取括号前的 ${value}，括注“${reading.note}”保留在导入记录中。`,
      }),
    );
  }
}
