// What the three tables share: the <table role="grid"> with its input, status line and the keys'
// hint (shown while the grid has the focus: Tab moves within it, so the way out must be told), and header
// rows drawn from TanStack's header groups, merged down where a column is shallower than the rest.

import type { ReactNode } from 'react';
import type { Grid } from '../grid/useGrid.tsx';

interface Props {
  readonly label: string;
  readonly className: string;
  readonly grid: Grid;
  readonly children: ReactNode;
}

export function GridFrame({ label, className, grid, children }: Props) {
  return (
    <div className="grid-frame">
      <table
        role="grid"
        aria-label={label}
        aria-multiselectable="true"
        className={`grid ${className}`}
      >
        {children}
      </table>
      {grid.input}
      {grid.status}
      <p className="grid-keys-hint" aria-hidden="true">
        方向键移动 · Enter 填写 · <kbd>Esc</kbd> 再按 <kbd>Tab</kbd> 离开表格
      </p>
    </div>
  );
}

/** The parts of TanStack's header groups the header rows use; every header here is a label. */
interface HeaderGroupLike {
  readonly id: string;
  readonly headers: readonly {
    readonly id: string;
    readonly rowSpan: number;
    readonly colSpan: number;
    readonly column: { readonly id: string; readonly columnDef: { readonly header?: unknown } };
  }[];
}

/**
 * Header rows as printed: a header with rowSpan 0 is covered by the one above it (TanStack's
 * placeholders), the others span the rows and columns they head. `colSpans` widens a column's
 * header beyond its own column, as table 三's corner spans the three label columns.
 */
export function HeaderRows(props: {
  readonly groups: readonly HeaderGroupLike[];
  readonly colSpans?: Readonly<Record<string, number>>;
  readonly classNames?: Readonly<Record<string, string>>;
}) {
  return props.groups.map((group) => (
    <tr key={group.id}>
      {group.headers
        .filter((header) => header.rowSpan > 0)
        .map((header) => (
          <th
            key={header.id}
            scope="col"
            rowSpan={header.rowSpan}
            colSpan={props.colSpans?.[header.column.id] ?? header.colSpan}
            className={props.classNames?.[header.column.id]}
          >
            {String(header.column.columnDef.header ?? '')}
          </th>
        ))}
    </tr>
  ));
}
