// 表四 as a grid: one row of 15 cells under the official three-level header, which TanStack's
// header groups produce from the column tree (行政诉讼 › 未经复议直接起诉 › 结果维持 …).

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import {
  table4CaseKinds,
  table4Outcomes,
  table4Title,
  type Table4CaseKindId,
} from '../../model/form/table4.ts';
import { table4Grid } from '../grid/gridModel.ts';
import { useGrid } from '../grid/useGrid.tsx';
import { GridFrame, HeaderRows } from './GridFrame.tsx';

interface CasesRow {
  readonly id: 'cases';
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, CasesRow>();

const outcomeColumns = (kind: Table4CaseKindId) =>
  table4Outcomes.map((outcome) =>
    helper.display({ id: `${kind}.${outcome.id}`, header: outcome.label }),
  );

const [review, directSuit, suitAfterReview] = table4CaseKinds;

const columns = helper.columns([
  helper.group({ id: review.id, header: review.path[0], columns: outcomeColumns(review.id) }),
  helper.group({
    id: 'litigation',
    header: directSuit.path[0],
    columns: [directSuit, suitAfterReview].map((kind) =>
      helper.group({ id: kind.id, header: kind.path[1], columns: outcomeColumns(kind.id) }),
    ),
  }),
]);

const data: CasesRow[] = [{ id: 'cases' }];
const spec = table4Grid();

export function Table4Grid() {
  const table = useTable({ features, columns, data });
  const grid = useGrid(spec);

  return (
    <GridFrame label={table4Title} className="grid-t4" grid={grid}>
      <thead>
        <HeaderRows groups={table.getHeaderGroups()} />
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((_, col) => grid.renderCell({ row: 0, col }))}
          </tr>
        ))}
      </tbody>
    </GridFrame>
  );
}
