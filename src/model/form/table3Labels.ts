// How table 三's row labels are laid out in print: the merged cells of the three label columns.
// Shared by the editor's grid and the printed report, so both follow the official layout.

import { table3Groups, table3RowsByLayout, type Table3Layout, type Table3RowId } from './table3.ts';

export interface LabelCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** The three label columns (一、 / （三） / 1.) the table prints before the counts. */
export const table3LabelColumns = 3;

/**
 * For each row, the label cells that start in it: a group heading (三、本年度办理结果, （三）…) in the
 * first row it covers, spanning its rows; then the row's own label spanning the columns left.
 */
export function table3LabelCells(
  layout: Table3Layout,
): readonly { readonly row: Table3RowId; readonly cells: readonly LabelCell[] }[] {
  const rows = table3RowsByLayout[layout];
  return rows.map((row, index) => {
    const groupsOutermostFirst = [...row.groups].reverse();
    const cells: LabelCell[] = [];
    for (const group of groupsOutermostFirst) {
      const startsHere = index === 0 || !rows[index - 1]?.groups.includes(group);
      if (startsHere) {
        const rowSpan = rows.filter((r) => r.groups.includes(group)).length;
        cells.push({ text: table3Groups[group], rowSpan, colSpan: 1 });
      }
    }
    cells.push({ text: row.label, rowSpan: 1, colSpan: table3LabelColumns - row.groups.length });
    return { row: row.id, cells };
  });
}

/**
 * A group label's number and words (（三）不予公开 → （三） + 不予公开), so that a narrow column breaks
 * after the number and never inside the words; undefined for a label without a number.
 */
export function splitNumberedLabel(
  label: string,
): { readonly number: string; readonly words: string } | undefined {
  const match = /^(（[一二三四五六七八九十]+）)(.+)$/u.exec(label);
  return match ? { number: match[1] ?? '', words: match[2] ?? '' } : undefined;
}
