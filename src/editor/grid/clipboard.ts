// Copy and paste between the grids and Excel/WPS: tab-separated text, one line per row.
// Pure: the grid hook turns a plan into one undoable change and a message.

import { describeCell, type CellAddress } from '../../model/form/cells.ts';
import { parseCellInput, type CellValue } from '../../model/values.ts';
import type { CellValues } from '../state/change.ts';
import { cellAt, type GridSpec, type Position, type Range } from './gridModel.ts';

/**
 * Excel's text/plain: rows end in CRLF (the last one too), cells are tab-separated, and a cell
 * holding a tab, a newline or a quote is quoted with "" for a quote.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '') {
      const close = readQuoted(text, i);
      if (close) {
        cell = close.value;
        i = close.end;
        continue;
      }
    }
    if (ch === '\t') endCell();
    else if (ch === '\n' || ch === '\r') {
      endCell();
      rows.push(row);
      row = [];
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== '"') {
      value += text[i];
      continue;
    }
    if (text[i + 1] === '"') {
      value += '"';
      i++;
      continue;
    }
    const next = text[i + 1];
    // Only a closing quote followed by a separator ends a quoted cell; else it was literal text.
    return next === undefined || next === '\t' || next === '\n' || next === '\r'
      ? { value, end: i + 1 }
      : undefined;
  }
  return undefined;
}

export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) =>
    /[\t\n\r"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return rows.map((row) => row.map(quote).join('\t')).join('\r\n');
}

export interface RefusedCell {
  readonly address: CellAddress;
  readonly raw: string;
  readonly message: string;
}

export interface PastePlan {
  readonly values: CellValues;
  readonly refused: readonly RefusedCell[];
  /** Computed cells the block covered: never written. */
  readonly skippedComputed: number;
  /** Pasted cells that fell outside the grid. */
  readonly outside: number;
}

/**
 * Where a pasted block lands: from the selection's top-left cell; a single value fills the whole
 * selection, as in Excel.
 */
export function planPaste(
  grid: GridSpec,
  selection: Range,
  block: readonly (readonly string[])[],
): PastePlan {
  const top = Math.min(selection.anchor.row, selection.focus.row);
  const left = Math.min(selection.anchor.col, selection.focus.col);
  const single = block.length === 1 && block[0]?.length === 1;
  const height = single ? Math.abs(selection.anchor.row - selection.focus.row) + 1 : block.length;
  const values: Record<string, CellValue | undefined> = {};
  const refused: RefusedCell[] = [];
  let skippedComputed = 0;
  let outside = 0;
  for (let r = 0; r < height; r++) {
    const line = single ? undefined : block[r];
    const width = single
      ? Math.abs(selection.anchor.col - selection.focus.col) + 1
      : (line?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const raw = single ? (block[0]?.[0] ?? '') : (line?.[c] ?? '');
      const position: Position = { row: top + r, col: left + c };
      const cell = cellAt(grid, position);
      if (!cell) {
        if (raw.trim() !== '') outside++;
        continue;
      }
      if (cell.isComputed) {
        skippedComputed++;
        continue;
      }
      const input = parseCellInput(cell.kind, raw);
      if (input.ok) values[cell.address] = input.value;
      else refused.push({ address: cell.address, raw, message: input.message });
    }
  }
  return { values, refused, skippedComputed, outside };
}

/** What the user is told after a paste, in one or two sentences. */
export function describePaste(plan: PastePlan): string {
  const written = Object.keys(plan.values).length;
  const parts = [`已粘贴 ${written} 个单元格`];
  if (plan.skippedComputed) parts.push(`跳过 ${plan.skippedComputed} 个自动计算的合计`);
  if (plan.outside) parts.push(`${plan.outside} 个值超出表格范围，未粘贴`);
  if (plan.refused.length) {
    const listed = plan.refused
      .slice(0, 3)
      .map((cell) => `${describeCell(cell.address)}“${cell.raw.trim()}”（${cell.message}）`)
      .join('；');
    const more = plan.refused.length > 3 ? ` 等 ${plan.refused.length} 处` : '';
    parts.push(`未写入：${listed}${more}`);
  }
  return `${parts.join('，')}。`;
}
