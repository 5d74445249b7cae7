// The register of every table cell: its address, kind, whether the model computes it, and its name
// in official words. Addresses follow one scheme everywhere (README, 单元格地址):
// `t2.<row>.<column>`, `t3.<row>.<column>`, `t4.<case kind>.<outcome>`.

import { table2Blocks, type Table2Block, type Table2ColumnId, type Table2RowId } from './table2.ts';
import {
  table3ColumnNames,
  table3Columns,
  table3RowNames,
  table3RowsByLayout,
  type Table3ColumnId,
  type Table3Layout,
  type Table3RowId,
} from './table3.ts';
import {
  table4CaseKinds,
  table4Outcomes,
  type Table4CaseKindId,
  type Table4OutcomeId,
} from './table4.ts';

type BlockAddress<B> = B extends {
  readonly rows: readonly { readonly id: infer R extends string }[];
  readonly columns: readonly { readonly id: infer C extends string }[];
}
  ? `t2.${R}.${C}`
  : never;

export type Table2Address = BlockAddress<Table2Block>;
export type Table3Address = `t3.${Table3RowId}.${Table3ColumnId}`;
export type Table4Address = `t4.${Table4CaseKindId}.${Table4OutcomeId}`;
export type CellAddress = Table2Address | Table3Address | Table4Address;

export type TableId = 't2' | 't3' | 't4';

export interface CellDef {
  readonly address: CellAddress;
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
  readonly kind: 'count' | 'money';
  /** Totals are derived from the entered cells and never stored as entered data. */
  readonly isComputed: boolean;
  /** Table 三 layouts that have this cell; every layout for tables 二 and 四. */
  readonly layouts: readonly Table3Layout[];
  /** Official labels from the outside in, e.g. ['行政诉讼', '复议后起诉', '结果维持']. */
  readonly names: readonly string[];
}

/**
 * Addresses are built once and handed out from these tables: checks run on every keystroke, and a
 * fresh template string per lookup would have to be hashed again each time.
 */
function addressTable<R extends string, C extends string>(
  prefix: string,
  rows: readonly R[],
  columns: readonly C[],
): Readonly<Record<R, Readonly<Record<C, string>>>> {
  const table = {} as Record<R, Record<C, string>>;
  for (const row of rows) {
    table[row] = {} as Record<C, string>;
    for (const column of columns) table[row][column] = `${prefix}.${row}.${column}`;
  }
  return table;
}

const t2Table = addressTable(
  't2',
  table2Blocks.flatMap((block) => block.rows.map((row) => row.id)),
  table2Blocks.flatMap((block) => block.columns.map((column) => column.id)),
);
const t3Table = addressTable(
  't3',
  [...table3RowsByLayout['2021'], ...table3RowsByLayout['2019']].map((row) => row.id),
  table3Columns.map((column) => column.id),
);
const t4Table = addressTable(
  't4',
  table4CaseKinds.map((kind) => kind.id),
  table4Outcomes.map((outcome) => outcome.id),
);

// The tables hold exactly `${prefix}.${row}.${column}`, so the narrower types are true.
export const t2 = <R extends Table2RowId, C extends Table2ColumnId>(row: R, column: C) =>
  t2Table[row][column] as `t2.${R}.${C}`;

export const t3 = <R extends Table3RowId, C extends Table3ColumnId>(row: R, column: C) =>
  t3Table[row][column] as `t3.${R}.${C}`;

export const t4 = <K extends Table4CaseKindId, O extends Table4OutcomeId>(kind: K, outcome: O) =>
  t4Table[kind][outcome] as `t4.${K}.${O}`;

const allLayouts = ['2021', '2019'] as const satisfies readonly Table3Layout[];

function table2Cells(): CellDef[] {
  return table2Blocks.flatMap((block) =>
    block.rows.flatMap((row) =>
      block.columns.map((column): CellDef => ({
        // The union of block shapes widens here; the ids come straight from table2Blocks.
        address: `t2.${row.id}.${column.id}` as Table2Address,
        table: 't2',
        row: row.id,
        column: column.id,
        kind: column.id === 'amount' ? 'money' : 'count',
        isComputed: false,
        layouts: allLayouts,
        names: [block.label, row.label, column.label],
      })),
    ),
  );
}

function table3Cells(): CellDef[] {
  const byAddress = new Map<Table3Address, CellDef>();
  for (const layout of allLayouts) {
    for (const row of table3RowsByLayout[layout]) {
      for (const column of table3Columns) {
        const address = t3(row.id, column.id);
        const known = byAddress.get(address);
        if (known) {
          byAddress.set(address, { ...known, layouts: [...known.layouts, layout] });
          continue;
        }
        byAddress.set(address, {
          address,
          table: 't3',
          row: row.id,
          column: column.id,
          kind: 'count',
          isComputed: row.id === 'resultTotal' || column.id === 'total',
          layouts: [layout],
          names: [...table3RowNames(row), ...table3ColumnNames(column.id)],
        });
      }
    }
  }
  return [...byAddress.values()];
}

function table4Cells(): CellDef[] {
  return table4CaseKinds.flatMap((kind) =>
    table4Outcomes.map((outcome): CellDef => ({
      address: t4(kind.id, outcome.id),
      table: 't4',
      row: kind.id,
      column: outcome.id,
      kind: 'count',
      isComputed: outcome.id === 'total',
      layouts: allLayouts,
      names: [...kind.path, outcome.label],
    })),
  );
}

export const cellDefs: readonly CellDef[] = [...table2Cells(), ...table3Cells(), ...table4Cells()];

const defsByAddress: ReadonlyMap<string, CellDef> = new Map(
  cellDefs.map((def) => [def.address, def]),
);

export const cellAddresses: readonly CellAddress[] = cellDefs.map((def) => def.address);

export function isCellAddress(value: string): value is CellAddress {
  return defsByAddress.has(value);
}

export function getCellDef(address: CellAddress): CellDef {
  const def = defsByAddress.get(address);
  if (!def) throw new Error(`unknown cell address ${address}`);
  return def;
}

export const tableShortNames: Readonly<Record<TableId, string>> = {
  t2: '表二',
  t3: '表三',
  t4: '表四',
};

/** A cell's name in official words, e.g. 表三·一、本年新收政府信息公开申请数量·自然人. */
export function describeCell(address: CellAddress): string {
  const def = getCellDef(address);
  return [tableShortNames[def.table], ...def.names].join('·');
}

const enteredIn = (layout: Table3Layout, table?: TableId) =>
  cellDefs.filter(
    (def) => !def.isComputed && def.layouts.includes(layout) && (!table || def.table === table),
  );

const enteredByLayout = {
  '2021': {
    all: enteredIn('2021'),
    t2: enteredIn('2021', 't2'),
    t3: enteredIn('2021', 't3'),
    t4: enteredIn('2021', 't4'),
  },
  '2019': {
    all: enteredIn('2019'),
    t2: enteredIn('2019', 't2'),
    t3: enteredIn('2019', 't3'),
    t4: enteredIn('2019', 't4'),
  },
} as const satisfies Record<Table3Layout, Record<TableId | 'all', readonly CellDef[]>>;

/** Entered (not computed) cells a table 三 layout has, in printed order; of one table if named. */
export function enteredCells(layout: Table3Layout, table?: TableId): readonly CellDef[] {
  return enteredByLayout[layout][table ?? 'all'];
}
