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

/** Each column's first heading word, as a copy prints it on its own: the band's columns. */
const columnMarks = ['自然人', '商业', '科研', '社会', '法律', '其他', '总计'];

interface Band {
  readonly columns: number[];
  readonly figures: SequenceFigure[];
}

/** Figures by row and column, or undefined when the bands do not fill the table exactly. */
function placeByBands(
  lines: readonly SourceLine[],
  rowCount: number,
): (SequenceFigure | undefined)[][] | undefined {
  const bands: Band[] = [];
  for (const line of lines) {
    for (const word of line.text.split(/\s+/u)) {
      const column = columnMarks.indexOf(word);
      if (column < 0) continue;
      const current = bands.at(-1);
      if (current && current.figures.length === 0) current.columns.push(column);
      else bands.push({ columns: [column], figures: [] });
    }
    const figures = figureSequence([line]);
    const current = bands.at(-1);
    if (figures.length > 0 && !current) return undefined;
    for (const figure of figures) current?.figures.push(figure);
  }
  const seen = new Set<number>();
  const placed = Array.from({ length: rowCount }, () =>
    Array.from<SequenceFigure | undefined>({ length: table3Columns.length }),
  );
  for (const band of bands) {
    const columns = [...new Set(band.columns)].sort((a, b) => a - b);
    if (band.figures.length !== rowCount * columns.length) return undefined;
    for (const column of columns) {
      if (seen.has(column)) return undefined;
      seen.add(column);
    }
    band.figures.forEach((figure, index) => {
      const column = columns[index % columns.length];
      const row = placed[Math.floor(index / columns.length)];
      if (row && column !== undefined) row[column] = figure;
    });
  }
  return seen.size === table3Columns.length ? placed : undefined;
}

/** Lines holding only a few figures: a sign of a copy that put each cell on a line of its own. */
const isFigureFragment = (line: SourceLine) => {
  const words = line.text.split(/\s+/u);
  return words.length < table3Columns.length - 1 && figureSequence([line]).length === words.length;
};

/** Says so when table 三 looks copied cell by cell but its figures could not be placed for sure. */
export function reportUncertainSequence(lines: readonly SourceLine[], collector: Collector): void {
  if (lines.filter(isFigureFragment).length < 5) return;
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
