// 表三 as a grid: the official three-row header (TanStack header groups, merged by rowSpan) and
// the merged row labels, around 25 rows × 7 cells (23 rows in the 2019 layout).

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import {
  table3ApplicantColumns,
  table3BalanceNote,
  table3Columns,
  table3ColumnGroups,
  table3RowsByLayout,
  table3Title,
  type Table3Layout,
  type Table3Row,
} from '../../model/form/table3.ts';
import {
  splitNumberedLabel,
  table3LabelCells,
  table3LabelColumns,
} from '../../model/form/table3Labels.ts';
import { table3Grid } from '../grid/gridModel.ts';
import { useGrid } from '../grid/useGrid.tsx';
import { GridFrame, HeaderRows } from './GridFrame.tsx';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Table3Row>();

const [natural, ...organizations] = table3ApplicantColumns;

const columns = helper.columns([
  helper.display({ id: 'label', header: table3BalanceNote }),
  helper.group({
    id: 'applicants',
    header: table3ColumnGroups.applicants,
    columns: [
      helper.display({ id: natural.id, header: natural.label }),
      helper.group({
        id: 'organizations',
        header: table3ColumnGroups.organizations,
        columns: organizations.map((column) =>
          helper.display({ id: column.id, header: column.label }),
        ),
      }),
      helper.display({ id: 'total', header: '总计' }),
    ],
  }),
]);

/**
 * The grid's column for a TanStack column: the grid model (table3Grid) numbers the columns in
 * table3Columns' order, and the header's columns are built from the same list, so a cell is
 * placed by its column's id, not by where it happens to come in the row.
 */
function gridColumn(id: string): number {
  const index = table3Columns.findIndex((column) => column.id === id);
  if (index < 0) throw new Error(`表三没有“${id}”这一列`);
  return index;
}

// Module-level so the table's inputs stay stable between renders.
const rows: Record<Table3Layout, Table3Row[]> = {
  '2021': [...table3RowsByLayout['2021']],
  '2019': [...table3RowsByLayout['2019']],
};
const grids = { '2021': table3Grid('2021'), '2019': table3Grid('2019') };
const labelCells = { '2021': table3LabelCells('2021'), '2019': table3LabelCells('2019') };

export function Table3Grid({ layout }: { readonly layout: Table3Layout }) {
  const table = useTable({ features, columns, data: rows[layout] });
  const grid = useGrid(grids[layout]);
  const labels = labelCells[layout];

  return (
    <GridFrame label={table3Title} className="grid-t3" grid={grid}>
      <colgroup>
        <col className="label-1" />
        <col className="label-2" />
        <col className="label-3" />
        {table3Columns.map((column) => (
          <col key={column.id} className="count" />
        ))}
      </colgroup>
      <thead>
        <HeaderRows
          groups={table.getHeaderGroups()}
          colSpans={{ label: table3LabelColumns }}
          classNames={{ label: 'corner' }}
        />
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row, r) => (
          <tr key={row.id} className={row.original.id === 'resultTotal' ? 'total-row' : undefined}>
            {labels[r]?.cells.map((label, i, cells) => (
              <th key={label.text} scope="row" rowSpan={label.rowSpan} colSpan={label.colSpan}>
                {i < cells.length - 1 ? <GroupLabel text={label.text} /> : label.text}
              </th>
            ))}
            {row
              .getAllCells()
              .filter((cell) => cell.column.id !== 'label')
              .map((cell) => grid.renderCell({ row: r, col: gridColumn(cell.column.id) }))}
          </tr>
        ))}
      </tbody>
    </GridFrame>
  );
}

/** A group label (（三）不予公开) breaks after its number, never inside its words. */
function GroupLabel({ text }: { readonly text: string }) {
  const parts = splitNumberedLabel(text);
  return parts ? (
    <>
      {parts.number}
      <span className="label-words">{parts.words}</span>
    </>
  ) : (
    text
  );
}
