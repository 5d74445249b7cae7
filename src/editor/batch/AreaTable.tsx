// One table of the 汇总 as printed (merged headings and labels as in the official format), each
// figure a button that opens its drill-down.

import {
  describeCell,
  tableShortNames,
  type CellAddress,
  type TableId,
} from '../../model/form/cells.ts';
import type { PlacedCell, TableGrid } from '../../export/tableGrid.ts';

function rowsOf(grid: TableGrid): PlacedCell[][] {
  const rows: PlacedCell[][] = Array.from({ length: grid.rowCount }, () => []);
  for (const cell of grid.cells) rows[cell.row]?.push(cell);
  return rows;
}

export function AreaTable(props: {
  readonly table: TableId;
  readonly grid: TableGrid;
  readonly picked: CellAddress | undefined;
  readonly onPick: (address: CellAddress) => void;
}) {
  return (
    <table
      className={`area-table area-${props.table}`}
      aria-label={`汇总${tableShortNames[props.table]}`}
    >
      <tbody>
        {rowsOf(props.grid).map((cells, r) => (
          <tr key={r}>
            {cells.map((cell) => {
              const span = { rowSpan: cell.rowSpan, colSpan: cell.columnSpan };
              const { address } = cell;
              if (!address) {
                const Tag = cell.isHeader ? 'th' : 'td';
                return (
                  <Tag
                    key={cell.column}
                    {...span}
                    className={cell.isRowLabel ? 'row-label' : undefined}
                  >
                    {cell.text}
                  </Tag>
                );
              }
              return (
                <td key={cell.column} {...span} aria-selected={address === props.picked}>
                  <button
                    type="button"
                    className="area-figure"
                    aria-label={`${describeCell(address)}：${cell.text || '空白'}`}
                    onClick={() => props.onPick(address)}
                  >
                    {cell.text}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
