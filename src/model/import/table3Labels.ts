// Table 三's labels as the importer recognises them: row labels from ../form/table3.ts, the group
// labels of the merged label columns, and the header's words, each compacted for comparison.

import {
  table3BalanceNote,
  table3ColumnGroups,
  table3Columns,
  table3Groups,
  table3RowsByLayout,
  type Table3GroupId,
  type Table3Row,
} from '../form/table3.ts';
import { compactLabel, labelSimilarity, splitNumbering } from './labels.ts';

export interface Table3RowKey {
  readonly row: Table3Row;
  readonly numbering: string | null;
  readonly body: string;
  /** The sub-heading （三）–（六） the row is printed under, if any. */
  readonly group: Table3GroupId | undefined;
  /** Position in the 2021 table; the 2019 row stands where （六）'s first row stands. */
  readonly order: number;
  readonly isLegacy: boolean;
}

const rows2021 = table3RowsByLayout['2021'];
const legacyRow = table3RowsByLayout['2019'].find((row) => row.id === 'otherHandling');

function rowKey(row: Table3Row, order: number, isLegacy: boolean): Table3RowKey {
  const inner = row.groups[0];
  return {
    row,
    ...splitNumbering(row.label),
    group: isLegacy ? 'otherHandling' : inner === 'results' ? undefined : inner,
    order,
    isLegacy,
  };
}

export const table3RowKeys: readonly Table3RowKey[] = [
  ...rows2021.map((row, order) => rowKey(row, order, false)),
  ...(legacyRow
    ? [
        rowKey(
          legacyRow,
          rows2021.findIndex((row) => row.id === 'otherNoCorrection'),
          true,
        ),
      ]
    : []),
];

type SubGroupId = Exclude<Table3GroupId, 'results'>;

const subGroups: readonly { id: SubGroupId; numbering: string | null; body: string }[] = (
  ['withheld', 'unavailable', 'notProcessed', 'otherHandling'] as const
).map((id) => ({ id, ...splitNumbering(table3Groups[id]) }));

const resultsLabel = compactLabel(table3Groups.results);

export type LabelCellKind =
  | { readonly kind: 'results' }
  | { readonly kind: 'group'; readonly group: SubGroupId; readonly isNumbered: boolean }
  | { readonly kind: 'label' };

/**
 * What a label cell is: (part of) 三、本年度办理结果 — copies spread it down the column as 「三、」
 * 「本年」「度办」「理结果」 —, a sub-heading （三）–（六）, or a row's own label.
 */
export function classifyLabelCell(text: string): LabelCellKind {
  const compact = compactLabel(text);
  if (compact !== '' && resultsLabel.includes(compact)) return { kind: 'results' };
  if (compact.length >= 5 && labelSimilarity(compact, resultsLabel) >= 0.75) {
    return { kind: 'results' };
  }
  const { numbering, body } = splitNumbering(text);
  for (const group of subGroups) {
    const similarity = labelSimilarity(body, group.body);
    if (
      numbering === group.numbering ? similarity >= 0.5 : numbering === null && similarity === 1
    ) {
      return { kind: 'group', group: group.id, isNumbered: numbering !== null };
    }
  }
  // A sub-heading's number printed apart from its words (「（四）」 above 「无法提供」).
  const numbered = subGroups.find((group) => body === '' && group.numbering === numbering);
  if (numbered) return { kind: 'group', group: numbered.id, isNumbered: true };
  return { kind: 'label' };
}

const headerWords = [
  ...table3Columns.map((column) => column.label),
  table3ColumnGroups.applicants,
  table3ColumnGroups.organizations,
].map(compactLabel);

const balanceNote = compactLabel(table3BalanceNote);

/**
 * Whether a cell belongs to the table's header: a column label, 申请人情况 / 法人或其他组织, or
 * the 勾稽 sentence, whole or in pieces. Strictly (for a header repeated after a page break, among
 * rows), only exact words count: 「其他」 is a column, 「3.其他」 a row.
 */
export function isHeaderCell(text: string, strict: boolean): boolean {
  // A copy kept on one line the pieces of neighbouring headings: 「科研 社会」「其他 总计」.
  const words = text.trim().split(/\s+/u);
  if (words.length > 1) return words.every((word) => isHeaderCell(word, strict));
  const compact = compactLabel(text);
  if (compact === '') return true;
  if (balanceNote.includes(compact) && compact.length >= (strict ? 4 : 2)) return true;
  if (strict) return splitNumbering(text).numbering === null && headerWords.includes(compact);
  if (labelSimilarity(compact, balanceNote) >= 0.6) return true;
  return headerWords.some(
    (word) =>
      labelSimilarity(compact, word) >= 0.7 || (compact.length >= 2 && word.includes(compact)),
  );
}

/** Columns (by index in table3Columns) whose labels the header shows. */
export function columnsInHeader(headerCells: readonly string[]): Set<number> {
  const joined = headerCells.map(compactLabel).join('');
  const seen = new Set<number>();
  table3Columns.forEach((column, index) => {
    const label = compactLabel(column.label);
    // Short labels are looked for cell by cell: 「其他」 is also in 「法人或其他组织」.
    const isShown =
      (label.length >= 4 && joined.includes(label)) ||
      headerCells.some((cell) => labelSimilarity(compactLabel(cell), label) >= 0.75);
    if (isShown) seen.add(index);
  });
  return seen;
}
