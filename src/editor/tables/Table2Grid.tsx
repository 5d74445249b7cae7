// 表二 as a grid: four blocks, each a caption row (第二十条第（…）项), its own header row, and its
// rows of counts; the single-column blocks' value spans the three value columns, as printed.

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import {
  table2Blocks,
  table2RowHeader,
  table2Title,
  type Table2Block,
} from '../../model/form/table2.ts';
import { table2Grid } from '../grid/gridModel.ts';
import { useGrid } from '../grid/useGrid.tsx';
import { GridFrame } from './GridFrame.tsx';

type Line =
  | { readonly kind: 'caption'; readonly block: Table2Block }
  | { readonly kind: 'header'; readonly block: Table2Block }
  | {
      readonly kind: 'data';
      readonly block: Table2Block;
      readonly label: string;
      readonly gridRow: number;
    };

const valueColumns = 3;

function linesOf(): Line[] {
  let gridRow = 0;
  return table2Blocks.flatMap((block): Line[] => [
    { kind: 'caption', block },
    { kind: 'header', block },
    ...block.rows.map((row): Line => ({
      kind: 'data',
      block,
      label: row.label,
      gridRow: gridRow++,
    })),
  ]);
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Line>();
const columns = helper.columns([
  helper.display({ id: 'label', header: table2RowHeader }),
  ...Array.from({ length: valueColumns }, (_, i) => helper.display({ id: `value${i}` })),
]);
const data = linesOf();
const spec = table2Grid();

export function Table2Grid() {
  const table = useTable({ features, columns, data });
  const grid = useGrid(spec);
  const span = (block: Table2Block) => (block.columns.length === 1 ? valueColumns : undefined);

  return (
    <GridFrame label={table2Title} className="grid-t2" grid={grid}>
      <colgroup>
        <col className="label" />
        <col span={valueColumns} />
      </colgroup>
      <tbody>
        {table.getRowModel().rows.map((row) => {
          const line = row.original;
          if (line.kind === 'caption') {
            return (
              <tr key={row.id} className="block-caption">
                <th scope="colgroup" colSpan={row.getAllCells().length}>
                  {line.block.label}
                </th>
              </tr>
            );
          }
          if (line.kind === 'header') {
            return (
              <tr key={row.id} className="block-header">
                <th scope="col">{table2RowHeader}</th>
                {line.block.columns.map((column) => (
                  <th key={column.id} scope="col" colSpan={span(line.block)}>
                    {column.label}
                  </th>
                ))}
              </tr>
            );
          }
          return (
            <tr key={row.id}>
              <th scope="row">{line.label}</th>
              {line.block.columns.map((_, col) =>
                grid.renderCell({ row: line.gridRow, col }, span(line.block)),
              )}
            </tr>
          );
        })}
      </tbody>
    </GridFrame>
  );
}
