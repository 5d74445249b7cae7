// 表三 收到和处理政府信息公开申请情况 as printed: three label columns and seven applicant columns
// under a three-row header whose corner carries the 勾稽 sentence. Row labels are merged as the
// model lays them out for both layouts (table3LabelCells, shared with the editor's grid).

import { t3 } from '../../model/form/cells.ts';
import {
  table3BalanceNote,
  table3ColumnGroups,
  table3Columns,
  table3OrganizationColumnIds,
  type Table3ColumnId,
} from '../../model/form/table3.ts';
import {
  table3LabelCells,
  table3LabelColumns,
  type LabelCell,
} from '../../model/form/table3Labels.ts';
import type { RenderContext } from './context.ts';
import { h, type Element } from './element.ts';
import { groupLabel, headerLabel, valueCell } from './tableCells.ts';

const isOrganizationColumn = (id: Table3ColumnId) =>
  table3OrganizationColumnIds.some((organization) => organization === id);

const organizationColumns = table3Columns.filter((column) => isOrganizationColumn(column.id));

function renderHead(): Element {
  const firstOrganization = table3Columns.findIndex((column) => isOrganizationColumn(column.id));
  const secondRow = table3Columns.flatMap((column, i) => {
    if (i === firstOrganization) {
      return [
        h(
          'th',
          { colspan: organizationColumns.length, scope: 'colgroup' },
          table3ColumnGroups.organizations,
        ),
      ];
    }
    if (isOrganizationColumn(column.id)) return [];
    return [h('th', { rowspan: 2, scope: 'col' }, headerLabel(column.label))];
  });
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { colspan: table3LabelColumns, rowspan: 3, class: 'corner' }, table3BalanceNote),
      h('th', { colspan: table3Columns.length, scope: 'colgroup' }, table3ColumnGroups.applicants),
    ),
    h('tr', {}, secondRow),
    h(
      'tr',
      {},
      organizationColumns.map((column) => h('th', { scope: 'col' }, headerLabel(column.label))),
    ),
  );
}

const spanAttribute = (span: number) => (span > 1 ? span : undefined);

/** A row's label cells: the groups that start in it (merged down), then its own label. */
function renderLabelCells(cells: readonly LabelCell[]): Element[] {
  return cells.map((cell, i) =>
    i < cells.length - 1
      ? h(
          'th',
          { rowspan: spanAttribute(cell.rowSpan), scope: 'rowgroup', class: 'group-label' },
          groupLabel(cell.text),
        )
      : h(
          'th',
          { colspan: spanAttribute(cell.colSpan), scope: 'row', class: 'row-label' },
          cell.text,
        ),
  );
}

export function renderTable3(context: RenderContext): Element {
  return h(
    'table',
    { class: 'report-table t3' },
    h(
      'colgroup',
      {},
      Array.from({ length: table3LabelColumns }, (_, i) => h('col', { class: `label-${i + 1}` })),
      table3Columns.map((column) =>
        h('col', { class: column.id === 'total' ? 'data-total' : 'data' }),
      ),
    ),
    renderHead(),
    h(
      'tbody',
      {},
      table3LabelCells(context.report.table3Layout).map(({ row, cells }) =>
        h(
          'tr',
          {},
          renderLabelCells(cells),
          table3Columns.map((column) => valueCell(context, t3(row, column.id))),
        ),
      ),
    ),
  );
}
