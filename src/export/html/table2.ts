// 表二 主动公开政府信息情况 as printed: four blocks, each a title row across the table, a header
// row (信息内容 and its columns) and its data rows. A block with one column spans all three.

import { isCellAddress, t2, type CellAddress } from '../../model/form/cells.ts';
import {
  table2Blocks,
  table2RowHeader,
  type Table2ColumnId,
  type Table2RowId,
} from '../../model/form/table2.ts';
import type { RenderContext } from './context.ts';
import { h, type Element } from './element.ts';
import { headerLabel, valueCell } from './tableCells.ts';

const dataColumnCount = Math.max(...table2Blocks.map((block) => block.columns.length));

type Block = (typeof table2Blocks)[number];

/** A block's rows go only with its own columns; t2() would build any pair, so the pair is checked. */
function blockCell(row: Table2RowId, column: Table2ColumnId): CellAddress {
  const address = t2(row, column);
  if (!isCellAddress(address)) throw new Error(`表二没有单元格 ${address}`);
  return address;
}

function renderBlock(context: RenderContext, block: Block): Element {
  const span = block.columns.length === 1 ? dataColumnCount : 1;
  const colspan = span > 1 ? span : undefined;
  const columns: readonly { id: Table2ColumnId; label: string }[] = block.columns;
  const rows: readonly { id: Table2RowId; label: string }[] = block.rows;
  return h(
    'tbody',
    {},
    h(
      'tr',
      {},
      h(
        'th',
        { colspan: dataColumnCount + 1, class: 'block-label', scope: 'colgroup' },
        block.label,
      ),
    ),
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, headerLabel(table2RowHeader)),
      columns.map((column) => h('th', { colspan, scope: 'col' }, headerLabel(column.label))),
    ),
    rows.map((row) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row', class: 'row-label' }, row.label),
        columns.map((column) => valueCell(context, blockCell(row.id, column.id), { colspan })),
      ),
    ),
  );
}

export function renderTable2(context: RenderContext): Element {
  return h(
    'table',
    { class: 'report-table t2' },
    h(
      'colgroup',
      {},
      h('col', { class: 'label' }),
      Array.from({ length: dataColumnCount }, () => h('col', { class: 'data' })),
    ),
    table2Blocks.map((block) => renderBlock(context, block)),
  );
}
