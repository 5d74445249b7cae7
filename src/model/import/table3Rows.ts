// Which official row of table 三 a printed row is: its label is read apart from the sub-heading
// it is printed under and from pieces of 三、本年度办理结果, then matched fuzzily against every
// official label, in the context of the sub-heading and of the rows already read.

import { t3, type CellAddress } from '../form/cells.ts';
import { table3Columns, table3Groups, type Table3GroupId } from '../form/table3.ts';
import { leaveOut, type Collector, type LeftOutReport } from './collector.ts';
import { importFinding } from './findings.ts';
import { compactLabel, labelSimilarity, splitNumbering, type NumberedLabel } from './labels.ts';
import { labelsOf, readTableRow, type LabelledRow, type RowCell, type TableRow } from './rows.ts';
import type { SourceLine } from './source.ts';
import {
  classifyLabelCell,
  table3RowKeys,
  type LabelCellKind,
  type Table3RowKey,
} from './table3Labels.ts';

/**
 * A cell that a copy ran together with its neighbours' words, one space apart (「不予公开
 * 5.属于三类内部事务信息」), split into them when one of them is a sub-heading or a piece of
 * 三、本年度办理结果.
 */
function wordsApart(cell: RowCell): RowCell[] {
  const words = cell.text.trim().split(/\s+/u);
  if (words.length < 2 || classifyLabelCell(cell.text).kind !== 'label') return [cell];
  if (words.every((word) => classifyLabelCell(word).kind === 'label')) return [cell];
  return words.map((text) => ({ ...cell, text }));
}

/**
 * The row's own label and its sub-heading, with pieces of 三、本年度办理结果 set aside. A
 * sub-heading wrapped over two lines (「（六）其」「他处理」) is put back together first.
 */
function readLabels(printed: readonly RowCell[]) {
  const cells = printed.flatMap(wordsApart);
  const kinds = cells.map((cell) => classifyLabelCell(cell.text));
  const merged: { cell: RowCell; kind: LabelCellKind }[] = [];
  cells.forEach((cell, i) => {
    const kind = kinds[i] ?? { kind: 'label' };
    const previous = merged.at(-1);
    // A numbered sub-heading is whole; a label next to a piece of one may be its other piece.
    const isPiece = (k: LabelCellKind) =>
      k.kind === 'label' || (k.kind === 'group' && !k.isNumbered);
    if (
      previous &&
      isPiece(previous.kind) &&
      isPiece(kind) &&
      (previous.kind.kind === 'label' || kind.kind === 'label')
    ) {
      const joined = { text: previous.cell.text + cell.text, column: previous.cell.column };
      const joinedKind = classifyLabelCell(joined.text);
      if (joinedKind.kind === 'group' && joinedKind.isNumbered) {
        merged[merged.length - 1] = { cell: joined, kind: joinedKind };
        return;
      }
    }
    merged.push({ cell, kind });
  });
  let group: { id: Table3GroupId; text: string } | undefined;
  const own: RowCell[] = [];
  for (const { cell, kind } of merged) {
    if (kind.kind === 'group') group = { id: kind.group, text: cell.text };
    if (kind.kind === 'label') own.push(cell);
  }
  return {
    group: group?.id,
    groupText: group?.text,
    own,
    text: own.map((cell) => cell.text).join(''),
  };
}

export interface Context {
  readonly group: Table3GroupId | undefined;
  readonly rowGroup: Table3GroupId | undefined;
  readonly lastOrder: number;
  readonly used: ReadonlySet<Table3RowKey>;
  /** Rows given to a line without a label by order, each with its line: a line naming one takes it. */
  readonly byOrder: ReadonlyMap<Table3RowKey, SourceLine>;
}

/**
 * How well a printed label names an official row: its words, its number, and in context the
 * sub-heading it is printed under and whether the row comes next or was read already.
 */
function scoreKey(label: NumberedLabel, key: Table3RowKey, context: Context | undefined) {
  const { numbering, body } = label;
  const isNumberOnly = body === '' && numbering !== null && numbering === key.numbering;
  const similarity = isNumberOnly ? 0.5 : labelSimilarity(body, key.body);
  let score = similarity;
  if (numbering !== null && key.numbering !== null) {
    score += numbering === key.numbering ? 0.1 : -0.15;
  }
  if (context) {
    if (context.rowGroup !== undefined && key.group !== context.rowGroup) score -= 0.3;
    else if (context.group !== undefined && key.group !== undefined) {
      score += key.group === context.group ? 0.15 : -0.1;
    }
    if (context.used.has(key) && !context.byOrder.has(key)) score -= 0.5;
    else if (key.order > context.lastOrder) score += 0.05;
  }
  return { key, similarity, score };
}

function bestKey(text: string, context: Context | undefined) {
  const label = splitNumbering(text);
  let best: ReturnType<typeof scoreKey> | undefined;
  for (const key of table3RowKeys) {
    const scored = scoreKey(label, key, context);
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

/** How well label cells name a row; （六）其他处理 alone names the 2019 format's single row. */
export const scoreLabels = (cells: readonly RowCell[]) => {
  const { text, group } = readLabels(cells);
  if (text === '') return group === 'otherHandling' ? 1 : 0;
  return Math.min(1, Math.max(0, bestKey(text, undefined)?.score ?? 0));
};

export interface RecognisedRow {
  readonly key: Table3RowKey;
  /** The line has no label and was given the next row in order. */
  readonly isByOrder: boolean;
}

export function recogniseRow(
  labelled: LabelledRow,
  context: Context,
  collector: Collector,
): RecognisedRow | undefined {
  const line = labelled.row.source;
  const labels = readLabels(labelsOf(labelled));
  const here: Context = {
    ...context,
    group: labels.group ?? context.group,
    rowGroup: labels.group,
  };
  const best = labels.text === '' ? undefined : bestKey(labels.text, here);
  const isRecognised = best !== undefined && best.similarity >= 0.35 && best.score >= 0.5;
  // Words no row has, after a sub-heading, are the rest of the sub-heading (「（六）其他」「处理」).
  const isRestOfGroup =
    !isRecognised &&
    labels.groupText !== undefined &&
    classifyLabelCell(labels.groupText + labels.text).kind === 'group';
  let key: Table3RowKey | undefined;
  if (best && isRecognised) {
    key = best.key;
    const isExact =
      (best.similarity === 1 && splitNumbering(labels.text).numbering === key.numbering) ||
      isLabelWithGroupPiece(labels.text, key);
    if (!isExact) {
      collector.findings.push(looseLabelFinding(line, labels.text, key));
    }
  } else if (labels.text === '' || isRestOfGroup) {
    key = keyWithoutLabel(labels.group, context, line, collector);
    const printed = `${labels.groupText ?? ''}${labels.text}`;
    if (key && isRestOfGroup && compactLabel(printed) !== compactLabel(key.row.label)) {
      collector.findings.push(looseLabelFinding(line, printed, key));
    }
    if (!key && labels.group !== undefined) return undefined;
  }
  if (!key) {
    leaveOut(collector, line, `表三中没有“${labels.text}”这一行`, inTable3(labelled.row));
    return undefined;
  }
  // A row read by order from a line without a label is only a guess: the line naming it wins.
  if (context.used.has(key) && !(isRecognised && context.byOrder.has(key))) {
    const first = collector.account[t3(key.row.id, 'natural')]?.line;
    const reason = `“${key.row.label}”一行重复出现${first ? `，已按第 ${first} 行读入` : ''}`;
    leaveOut(collector, line, reason, inTable3(labelled.row));
    return undefined;
  }
  return { key, isByOrder: labels.text === '' && labels.group === undefined };
}

/**
 * The official label with one piece of its own sub-heading inside: a merged cell such as
 * （三）不予公开 wraps down its column in a PDF, and its pieces (「不予公」「开」) fall on the
 * rows' lines (「4.保护第三方合法权益不予公」「开5.属于三类内部事务信息」). The row's wording is
 * the official one, so there is nothing to report.
 */
function isLabelWithGroupPiece(text: string, key: Table3RowKey): boolean {
  if (key.group === undefined) return false;
  const label = compactLabel(text);
  const official = compactLabel(key.row.label);
  const heading = compactLabel(splitNumbering(table3Groups[key.group]).body);
  const extra = label.length - official.length;
  if (extra <= 0 || extra >= heading.length) return false;
  for (let at = 0; at + extra <= label.length; at++) {
    const piece = label.slice(at, at + extra);
    if (heading.includes(piece) && label.slice(0, at) + label.slice(at + extra) === official) {
      return true;
    }
  }
  return false;
}

const looseLabelFinding = (line: SourceLine, text: string, key: Table3RowKey) =>
  importFinding('I-LABEL', {
    section: 't3',
    line: line.line,
    cells: rowAddresses(key),
    left: text,
    right: key.row.label,
    message: `表三第 ${line.line} 行的行名“${text}”与官方标签不完全一致，按“${key.row.label}”读入。`,
  });

/**
 * A row with only a sub-heading: （六）其他处理 is the 2019 format's single row, any other is a
 * subtotal the official table does not have. A row with no label at all is the next row in order.
 */
function keyWithoutLabel(
  group: Table3GroupId | undefined,
  context: Context,
  line: SourceLine,
  collector: Collector,
): Table3RowKey | undefined {
  if (group === 'otherHandling') return table3RowKeys.find((k) => k.isLegacy);
  const row = readTableRow(line);
  if (group !== undefined) {
    leaveOut(collector, line, '分项的小计行，官方表格没有这一行', inTable3(row));
    return undefined;
  }
  const next = table3RowKeys.find(
    (k) => !k.isLegacy && !context.used.has(k) && k.order > context.lastOrder,
  );
  if (next) {
    collector.findings.push(
      importFinding('I-LABEL', {
        section: 't3',
        line: line.line,
        severity: 'warning',
        cells: rowAddresses(next),
        message: `表三第 ${line.line} 行没有行名，按顺序读作“${next.row.label}”。`,
      }),
    );
  }
  return next;
}

export const inTable3 = (row: TableRow): LeftOutReport => ({
  section: 't3',
  hadFigures: row.values.length > 0,
});

export const rowAddresses = (key: Table3RowKey): CellAddress[] =>
  table3Columns.map((column) => t3(key.row.id, column.id));
