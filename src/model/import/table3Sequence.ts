// Table 三 read by the order of its figures (figureSequence.ts): for text copied out of a PDF,
// where the rows cannot be told from the lines. Such a copy reads the table in column bands: the
// band's column headings (「自然人」「商业」), then its figures row by row, then the next band's
// headings and figures. Read this way only when the count of figures is the form's count of cells,
// 25 × 7 (2021) or 23 × 7 (2019), the layout's row labels are all in the text, and every band has
// exactly its columns' figures for every row.

import { t3 } from '../form/cells.ts';
import { table3Columns, table3RowsByLayout, type Table3Layout } from '../form/table3.ts';
import { markEdition, noteLine, placeCell, type Collector } from './collector.ts';
import { figureSequence, labelsInSight, type SequenceFigure } from './figureSequence.ts';
import { importFinding } from './findings.ts';
import type { SourceLine } from './source.ts';

const layoutsByCells = new Map<number, Table3Layout>(
  (['2021', '2019'] as const).map((layout) => [
    table3RowsByLayout[layout].length * table3Columns.length,
    layout,
  ]),
);

/** The layout read, or undefined when the figures cannot be placed for certain (nothing placed). */
export function readTable3BySequence(
  lines: readonly SourceLine[],
  collector: Collector,
): Table3Layout | undefined {
  const figures = figureSequence(lines);
  const layout = layoutsByCells.get(figures.length);
  if (!layout) return undefined;
  const rows = table3RowsByLayout[layout];
  const labels = rows.map((row) => row.label);
  if (!labelsInSight(lines, labels)) return undefined;
  const placed = placeByBands(lines, rows.length);
  if (!placed) return undefined;
  const first = figures[0];
  if (first) {
    noteLine(
      collector,
      first.line,
      `表三为每格一行的文本（如从 PDF 复制），按表格的行列次序读入 ${figures.length} 个数`,
    );
  }
  markEdition(
    collector,
    layout,
    layout === '2019' ? '表三“（六）其他处理”只有一行' : '表三“（六）其他处理”分为三项',
  );
  rows.forEach((row, rowIndex) => {
    table3Columns.forEach((column, columnIndex) => {
      const figure = placed[rowIndex]?.[columnIndex];
      if (figure) placeCell(collector, t3(row.id, column.id), figure.cell, figure.line);
    });
  });
  return layout;
}

/**
 * A column's heading as a copy prints it on its own, naming the band's columns: its first word
 * where the print wrapped the heading (「商业」「企业」), or whole where it did not (「商业企业」,
 * as LibreOffice saves a Word table as text).
 */
const columnMarks = new Map<string, number>([
  ...['自然人', '商业', '科研', '社会', '法律', '其他', '总计'].map(
    (word, i) => [word, i] as const,
  ),
  ...table3Columns.map((column, i) => [column.label, i] as const),
]);

interface Band {
  readonly columns: number[];
  /** The band's figures line by line, as the copy gave them. */
  readonly lines: SequenceFigure[][];
}

/**
 * Figures by row and column, or undefined when the bands do not fill the table exactly. A table
 * printed across pages has a band per page and column group, each under the repeated header: a
 * band continues its columns from the row where their last band stopped, and all its columns must
 * have stopped at the same row. A line with a figure for every column, where every column has
 * reached the same row, is that whole row (a copy joins the bands again where labels wrap).
 */
function placeByBands(
  lines: readonly SourceLine[],
  rowCount: number,
): (SequenceFigure | undefined)[][] | undefined {
  const bands: Band[] = [];
  for (const line of lines) {
    for (const word of line.text.split(/\s+/u)) {
      const column = columnMarks.get(word);
      if (column === undefined) continue;
      const current = bands.at(-1);
      if (current && current.lines.length === 0) current.columns.push(column);
      else bands.push({ columns: [column], lines: [] });
    }
    const figures = figureSequence([line]);
    const current = bands.at(-1);
    if (figures.length > 0 && !current) return undefined;
    if (figures.length > 0) current?.lines.push(figures);
  }
  const placed = Array.from({ length: rowCount }, () =>
    Array.from<SequenceFigure | undefined>({ length: table3Columns.length }),
  );
  const rowsRead = table3Columns.map(() => 0);
  const allColumns = table3Columns.map((_, index) => index);
  /** Row by row into `columns`, from the row they have all reached; false if they cannot. */
  const place = (columns: readonly number[], figures: readonly SequenceFigure[]): boolean => {
    if (figures.length === 0) return true;
    const from = rowsRead[columns[0] ?? 0] ?? 0;
    if (columns.some((column) => rowsRead[column] !== from)) return false;
    if (figures.length % columns.length !== 0) return false;
    const rows = figures.length / columns.length;
    if (from + rows > rowCount) return false;
    figures.forEach((figure, index) => {
      const column = columns[index % columns.length];
      const row = placed[from + Math.floor(index / columns.length)];
      if (row && column !== undefined) row[column] = figure;
    });
    for (const column of columns) rowsRead[column] = from + rows;
    return true;
  };
  for (const band of bands) {
    const columns = [...new Set(band.columns)].sort((a, b) => a - b);
    let pending: SequenceFigure[] = [];
    for (const figures of band.lines) {
      const isWholeRow =
        figures.length === allColumns.length &&
        columns.length < allColumns.length &&
        pending.length % columns.length === 0;
      if (isWholeRow && place(columns, pending)) {
        pending = [];
        if (!place(allColumns, figures)) return undefined;
      } else pending.push(...figures);
    }
    if (!place(columns, pending)) return undefined;
  }
  return rowsRead.every((count) => count === rowCount) ? placed : undefined;
}

/** Lines holding only a few figures: a sign of a copy that put each cell on a line of its own. */
const isFigureFragment = (line: SourceLine) => {
  const words = line.text.split(/\s+/u);
  return words.length < table3Columns.length - 1 && figureSequence([line]).length === words.length;
};

/** Says so when table 三 looks copied cell by cell but its figures could not be placed for sure. */
export function reportUncertainSequence(lines: readonly SourceLine[], collector: Collector): void {
  const fragments = new Set(lines.filter(isFigureFragment).map((line) => line.line));
  if (fragments.size < 5) return;
  // This one warning says what the row reader would say again for each line of bare figures
  // (「只有 1 个数」「没有行名」, a hundred or more); those lines stay listed as unused.
  const findings = collector.findings.filter(
    (finding) => finding.section !== 't3' || finding.line === null || !fragments.has(finding.line),
  );
  collector.findings.splice(0, collector.findings.length, ...findings);
  const count = figureSequence(lines).length;
  const expected = [...layoutsByCells.keys()].join(' 或 ');
  collector.findings.push(
    importFinding('I-MISSING', {
      section: 't3',
      line: lines[0]?.line ?? null,
      left: count,
      message: `表三像是每格一行的文本（如从 PDF 复制），其中有 ${count} 个数（表格有 ${expected} 个单元格），但无法按行名和列标题确定每个数属于哪一格；只读入了能认出的行，请对照原文核对表三。`,
    }),
  );
}
