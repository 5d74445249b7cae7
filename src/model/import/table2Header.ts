// The 信息内容 row of a table 二 block: which figure is which column, whether the columns are the
// 2019 format's, and the unit the fee header names.

import { describeCell, isCellAddress, t2 } from '../form/cells.ts';
import { table2Blocks, table2RowHeader, type Table2ColumnId } from '../form/table2.ts';
import { toHalfWidth } from '../values.ts';
import { markEdition, type Collector } from './collector.ts';
import { importFinding } from './findings.ts';
import { compactLabel, labelSimilarity } from './labels.ts';
import type { TableRow } from './rows.ts';
import type { SourceLine } from './source.ts';
import { legacyTable2 } from './variants.ts';

export type Block = (typeof table2Blocks)[number];

/** What each figure of a block's rows is, by its position after the label; null for none. */
export type ColumnMap = readonly (Table2ColumnId | null)[];

const rowHeader = compactLabel(table2RowHeader);

export function isHeaderRow(row: TableRow): boolean {
  const [first] = row.labels;
  return first !== undefined && labelSimilarity(compactLabel(first.text), rowHeader) >= 0.6;
}

const unitPattern = /单位\s*[:：]?\s*([^\s)）]+?)\s*[)）]?$/u;
const unitOf = (text: string) => unitPattern.exec(toHalfWidth(text))?.[1];
const withoutUnit = (text: string) =>
  compactLabel(toHalfWidth(text).replace(/[(（]\s*单位.*$/u, ''));

export interface BlockHeader {
  readonly columns: ColumnMap;
  /** The unit the header names (本年收费金额（单位：元）), if it names one. */
  readonly unit: string | undefined;
}

/** Which column each figure of the block's rows is in, by the labels of its 信息内容 row. */
export function readHeader(row: TableRow, block: Block, collector: Collector): BlockHeader {
  const headerCells = row.cells.slice(row.labels[0]?.column ?? 1).map((cell) => cell.text);
  while (headerCells.length > 0 && headerCells.at(-1) === '') headerCells.pop();
  let unit: string | undefined;
  const columns = headerCells.map((text, index) => {
    if (text === '') return null;
    unit ??= unitOf(text);
    // Where the header has the block's columns, a label is read at its own position if it is
    // close enough: 本年制发件数 and 本年废止件数 differ in two characters, so one typo could make
    // the nearest label the wrong one.
    const inPlace = headerCells.length === block.columns.length ? block.columns[index] : undefined;
    return matchColumn(block, text, row.source, collector, inPlace);
  });
  return { columns, unit };
}

function nearestColumn(block: Block, compact: string) {
  let best: { id: Table2ColumnId; label: string; similarity: number } | undefined;
  for (const column of block.columns) {
    const similarity = labelSimilarity(compact, withoutUnit(column.label));
    if (!best || similarity > best.similarity) best = { ...column, similarity };
  }
  return best;
}

function matchColumn(
  block: Block,
  text: string,
  line: SourceLine,
  collector: Collector,
  inPlace: Block['columns'][number] | undefined,
) {
  const compact = withoutUnit(text);
  const legacy = [...legacyTable2.item1Columns, ...legacyTable2.itemColumns].map(compactLabel);
  if (legacy.includes(compact)) {
    markEdition(collector, '2019', `表二“${text}”栏（2019 年试行格式）`);
    if (
      compact === compactLabel(legacyTable2.decisionsColumn) &&
      block.columns[0]?.id === 'decisions'
    ) {
      collector.findings.push(
        importFinding('I-EDITION', {
          section: 't2',
          line: line.line,
          message: `表二${block.label}按 2019 年试行格式列出；其“处理决定数量”读作 2021 年格式的“本年处理决定数量”，其余各栏未读入。`,
        }),
      );
      return 'decisions';
    }
    return null;
  }
  const placed = inPlace && {
    ...inPlace,
    similarity: labelSimilarity(compact, withoutUnit(inPlace.label)),
  };
  const best = placed && placed.similarity >= 0.6 ? placed : nearestColumn(block, compact);
  if (!best || best.similarity < 0.6) return null;
  markEdition(collector, '2021', '表二的栏目是 2021 年的写法');
  if (best.similarity < 1) {
    collector.findings.push(
      importFinding('I-LABEL', {
        section: 't2',
        line: line.line,
        cells: block.rows.flatMap((row) => {
          const address = t2(row.id, best.id);
          return isCellAddress(address) ? [address] : [];
        }),
        left: text,
        right: best.label,
        message: `表二${block.label}的栏目“${text}”与官方标签不完全一致，按“${best.label}”读入。`,
      }),
    );
  }
  return best.id;
}

/** The fee's unit as the official header prints it: 万元. */
const officialUnit = unitOf(
  table2Blocks.find((block) => block.id === 'item8')?.columns[0]?.label ?? '',
);

/**
 * A fee header in another unit than 万元: the amount is kept as printed (a report may label the
 * column 元 and still give 万元), and the finding says what it would be in 万元.
 */
export function reportUnit(
  printed: { readonly line: SourceLine; readonly unit: string } | undefined,
  collector: Collector,
) {
  if (!printed || printed.unit === officialUnit) return;
  const address = t2('fees', 'amount');
  const value = collector.cells[address];
  const isYuan =
    typeof value === 'string' && printed.unit === '元' && /^\d+(\.\d{1,2})?$/u.test(value);
  const reading =
    value === undefined
      ? '该格未填'
      : `金额按原样读入为 ${value}，未作换算` +
        (isYuan ? `；若确以元计，应为 ${yuanToWan(value)} ${officialUnit}` : '');
  collector.findings.push(
    importFinding('I-UNIT', {
      section: 't2',
      line: printed.line.line,
      cells: [address],
      left: printed.unit,
      right: officialUnit ?? '',
      message: `${describeCell(address)}：表头写明单位为“${printed.unit}”，官方表头为“${officialUnit}”；${reading}，请核对。`,
    }),
  );
}

/** '12345' 元 → '1.2345' 万元, exactly: shifting the decimal point four places. */
function yuanToWan(yuan: string): string {
  const [whole = '0', fraction = ''] = yuan.split('.');
  const digits = (whole + fraction).padStart(fraction.length + 5, '0');
  const point = digits.length - fraction.length - 4;
  const wan = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return wan.replace(/^0+(?=\d)/u, '').replace(/\.?0+$/u, '') || '0';
}
