// A PDF page's text items → the lines and cells the text importer reads. A PDF has no lines or
// table cells, only runs of text placed on the page; a printed table is recovered from where its
// runs stand: runs on one baseline (within a few points) form a line, a gap wider than most of a
// character separates cells (a tab), and in a run of lines that carry figures each figure is put
// in its column by its x-centre, so a blank cell keeps its place as an empty cell.
// Pure: no pdf.js types, so it is tested with positions made up by hand or by fast-check.

/** One run of text as pdf.js gives it: x and y of its baseline's start in points, y upwards. */
export interface TextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Cell {
  readonly text: string;
  readonly left: number;
  readonly right: number;
}

type Line = readonly Cell[];

/** Baselines closer than this share a line: half a small character, at least 2 pt. */
const lineTolerance = (height: number) => Math.max(2, height * 0.45);
/**
 * A gap of a third of a character between two runs on a line separates two cells: runs of one
 * word abut (pdf.js cuts a word where its font changes), while figures in neighbouring columns
 * can stand as little as a space apart.
 */
const cellGap = (height: number) => Math.max(1.5, height * 0.3);

const figure = /^(?:[-−]?[0-9０-９][0-9０-９,，.．]*|[/／]|[-—–])$/u;
const isFigure = (cell: Cell) => figure.test(cell.text);
const centreOf = (cell: Cell) => (cell.left + cell.right) / 2;

function groupLines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = runs
    .filter((run) => run.str.trim() !== '')
    .toSorted((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NaN;
  for (const run of sorted) {
    const height = Math.min(run.height || 10, current[0]?.height || 10);
    if (current.length > 0 && Math.abs(baseline - run.y) <= lineTolerance(height)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [run];
    baseline = run.y;
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

function cellsOf(line: readonly TextRun[]): Cell[] {
  const cells: { text: string; left: number; right: number; height: number }[] = [];
  for (const run of line.toSorted((a, b) => a.x - b.x)) {
    const last = cells.at(-1);
    const height = run.height || 10;
    if (last && run.x - last.right < cellGap(Math.max(height, last.height))) {
      last.text += run.str;
      last.right = Math.max(last.right, run.x + run.width);
    } else {
      cells.push({ text: run.str, left: run.x, right: run.x + run.width, height });
    }
  }
  return cells.map(({ text, left, right }) => ({ text: text.trim(), left, right }));
}

/** The x-centres of the figure columns of a block of lines, left to right. */
function figureColumns(block: readonly Line[], tolerance: number): number[] {
  const centres = block
    .flatMap((line) => line.filter(isFigure).map(centreOf))
    .toSorted((a, b) => a - b);
  const columns: number[][] = [];
  for (const centre of centres) {
    const column = columns.at(-1);
    if (column && centre - (column.at(-1) ?? centre) <= tolerance) column.push(centre);
    else columns.push([centre]);
  }
  return withBlankColumns(
    columns.map((column) => column.reduce((sum, x) => sum + x, 0) / column.length),
  );
}

/**
 * Columns no line of the block has a figure in — a column the report left blank all the way down,
 * or several blank cells of a one-line block — show as a gap of two, three or four times the
 * table's spacing between the columns that do: the missing ones are put back, evenly in the gap,
 * so the figures after them keep their places. The spacing is the narrowest gap, taken as the
 * table's only when at least two gaps, and half of them, agree with it within a tenth (a stray
 * figure off its column, such as a wide figure's wrapped digits, makes narrow gaps that do not).
 */
function withBlankColumns(columns: readonly number[]): number[] {
  const gaps = columns.slice(1).map((x, i) => x - (columns[i] ?? x));
  const spacing = Math.min(...gaps);
  const regular = gaps.filter((gap) => gap <= spacing * 1.1).length;
  if (gaps.length < 3 || regular < 2 || regular * 2 < gaps.length) return [...columns];
  return columns.flatMap((x, i) => {
    const gap = gaps[i];
    if (gap === undefined) return [x];
    const parts = Math.round(gap / spacing);
    if (parts < 2 || parts > 4 || Math.abs(gap / spacing - parts) > 0.25) return [x];
    return Array.from({ length: parts }, (_, k) => x + (gap * k) / parts);
  });
}

/** Label cells as they stand, then one cell per figure column, empty where the row has none. */
function alignFigures(block: readonly Line[], columnTolerance: number): string[] {
  const columns = figureColumns(block, columnTolerance);
  return block.map((line) => {
    const first = line.findIndex(isFigure);
    const labels = line.slice(0, first).map((cell) => cell.text);
    const slots = columns.map(() => '');
    for (const cell of line.slice(first)) {
      const centre = centreOf(cell);
      let nearest = 0;
      columns.forEach((x, i) => {
        if (Math.abs(x - centre) < Math.abs((columns[nearest] ?? x) - centre)) nearest = i;
      });
      slots[nearest] = slots[nearest] ? `${slots[nearest]} ${cell.text}` : cell.text;
    }
    return [...labels, ...slots].join('\t');
  });
}

/** One page's text: a line per baseline, cells separated by tabs. */
export function layoutPage(runs: readonly TextRun[]): string[] {
  const lines = groupLines(runs).map(cellsOf);
  const heights = runs.map((run) => run.height).filter((height) => height > 0);
  const columnTolerance = Math.max(4, (heights.toSorted((a, b) => a - b)[0] ?? 10) * 1.2);
  const text: string[] = [];
  let block: Line[] = [];
  const flush = () => {
    if (block.length > 0) text.push(...alignFigures(block, columnTolerance));
    block = [];
  };
  for (const line of lines) {
    if (line.some(isFigure)) {
      block.push(line);
    } else {
      flush();
      text.push(line.map((cell) => cell.text).join('\t'));
    }
  }
  flush();
  return text;
}

/** A document's text, page after page. */
export function layoutPages(pages: readonly (readonly TextRun[])[]): string {
  return pages.flatMap(layoutPage).join('\n');
}
