// Table 四 from printed rows: a three-level header, then one row of fifteen figures in the fixed
// order 行政复议 · 未经复议直接起诉 · 复议后起诉, each 结果维持 … 总计. A copy may wrap the row or
// drop cells; the three printed 总计 become declared values.

import { describeCell, t4, type CellAddress } from '../form/cells.ts';
import { table4CaseKinds, table4Outcomes } from '../form/table4.ts';
import { readCell } from './cellValues.ts';
import { leaveOut, placeCell, type Collector } from './collector.ts';
import { importFinding } from './findings.ts';
import { compactLabel, labelSimilarity } from './labels.ts';
import { chooseMissingColumn, withHole } from './missingColumn.ts';
import { readTableRow, type RowCell } from './rows.ts';
import type { SourceLine } from './source.ts';

const addresses: readonly CellAddress[] = table4CaseKinds.flatMap((kind) =>
  table4Outcomes.map((outcome) => t4(kind.id, outcome.id)),
);
const outcomesPerKind = table4Outcomes.length;
const totalIndex = table4Outcomes.findIndex((outcome) => outcome.id === 'total');

const headerWords = [
  ...new Set([
    ...table4CaseKinds.flatMap((kind) => kind.path),
    ...table4Outcomes.map((outcome) => outcome.label),
  ]),
].map(compactLabel);

/**
 * A header cell, or the header's words side by side, whole or in pieces: a narrow column prints
 * 「结果维持」 as 「结果」 over 「维持」, and a copy runs the pieces of a line together.
 */
const isHeaderCell = (text: string): boolean => {
  const words = text.trim().split(/\s+/u);
  if (words.length > 1) return words.every(isHeaderCell);
  const compact = compactLabel(text);
  return headerWords.some(
    (word) =>
      labelSimilarity(compact, word) >= 0.6 || (compact.length >= 2 && word.includes(compact)),
  );
};

/** A note printed under a table: 注：…, 备注：…, 说明：… */
export const isNote = (text: string) => /^\s*(?:备注|注|说明)\s*[：:]/.test(text);

export function readTable4(lines: readonly SourceLine[], collector: Collector): void {
  const figures: { cell: RowCell; line: SourceLine }[] = [];
  let firstLine: SourceLine | undefined;
  for (const line of lines) {
    // Reports add notes under the table (注：行政复议、行政诉讼数量含上年度结转数量。); their
    // figures are not the table's.
    if (isNote(line.text)) {
      leaveOut(collector, line, '表四下方的注释，不是表格数据', {
        section: 't4',
        hadFigures: false,
      });
      continue;
    }
    const row = readTableRow(line);
    if (row.values.length === 0) {
      if (!row.labels.every((cell) => isHeaderCell(cell.text))) {
        leaveOut(collector, line, '表四中无法识别的文字', { section: 't4', hadFigures: false });
      }
      continue;
    }
    firstLine ??= line;
    const cells =
      row.cells.length === addresses.length && !row.roles.includes('label')
        ? row.cells
        : row.values;
    for (const cell of cells) figures.push({ cell, line });
  }
  if (!firstLine) return;
  const placed = arrange(figures, firstLine, collector);
  placed?.forEach((figure, index) => {
    const address = addresses[index];
    if (figure && address) placeCell(collector, address, figure.cell, figure.line);
  });
}

type Figure = { readonly cell: RowCell; readonly line: SourceLine };

function arrange(figures: readonly Figure[], line: SourceLine, collector: Collector) {
  const count = figures.length;
  if (count === addresses.length) return figures;
  const where = { section: 't4' as const, line: line.line };
  if (count === addresses.length - table4CaseKinds.length) {
    collector.findings.push(
      importFinding('I-MISSING', {
        ...where,
        severity: 'info',
        message: `表四只有 ${count} 个数，正好是三类案件各四种结果、没有“总计”：按此读入，总计由各项算出。`,
      }),
    );
    return table4CaseKinds.flatMap((_, kind) => [
      ...figures.slice(kind * (outcomesPerKind - 1), (kind + 1) * (outcomesPerKind - 1)),
      undefined,
    ]);
  }
  if (count === addresses.length - 1) {
    const choice = chooseMissingColumn({
      columns: addresses.length,
      fits: (missing) => fitsSums(withHole(figures, missing)),
      missingInHeader: undefined,
      fallback: addresses.length - 1,
    });
    const address = choice && addresses[choice.index];
    if (!choice || !address) return unreadable(figures, count, where, collector);
    const why =
      choice.basis === 'sums'
        ? `只有缺少这一格时，三组各自与其总计相符`
        : '无法从合计判断缺少哪一格，按缺少行末一格处理';
    collector.findings.push(
      importFinding('I-MISSING', {
        ...where,
        severity: choice.basis === 'sums' ? 'info' : 'warning',
        cells: [address],
        message: `表四只有 ${count} 个数，表格有 ${addresses.length} 格。${why}，故${describeCell(address)}留空。`,
      }),
    );
    return withHole(figures, choice.index);
  }
  return unreadable(figures, count, where, collector);
}

function unreadable(
  figures: readonly Figure[],
  count: number,
  where: { readonly section: 't4'; readonly line: number },
  collector: Collector,
): undefined {
  collector.findings.push(
    importFinding('I-MISSING', {
      ...where,
      message: `表四有 ${count} 个数，表格有 ${addresses.length} 格，无法确定各数属于哪一格，表四未读入。`,
    }),
  );
  for (const figure of new Set(figures.map((f) => f.line))) {
    leaveOut(collector, figure, '表四：数的个数与格数不符');
  }
  return undefined;
}

/** Every case kind whose figures are all read has parts adding up to its 总计; a hole fits anywhere. */
function fitsSums(slots: readonly (Figure | undefined)[]): boolean {
  return table4CaseKinds.every((_, kind) => {
    const group = slots.slice(kind * outcomesPerKind, (kind + 1) * outcomesPerKind);
    const counts = group.map((slot) => {
      const reading = slot ? readCell('count', slot.cell.text) : undefined;
      return reading?.kind === 'value' && typeof reading.value === 'number' ? reading.value : null;
    });
    const total = counts[totalIndex];
    const parts = counts.filter((_, i) => i !== totalIndex);
    if (total === null || total === undefined) return true;
    const known = parts.filter((part): part is number => part !== null);
    const sum = known.reduce((a, b) => a + b, 0);
    return known.length === parts.length ? sum === total : sum <= total;
  });
}
