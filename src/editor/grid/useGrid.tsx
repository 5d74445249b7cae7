// What a table component needs to render a grid: a cell renderer, the grid's input and its status
// line. Nothing here re-renders the table when the active cell moves: each cell subscribes to
// whether it is active or selected.

import { useCallback, useEffect, type ReactNode } from 'react';
import { followCell, supportsAnchors } from './anchorFallback.ts';
import { useJumpTarget } from '../nav/jump.tsx';
import { useStore } from '../state/storeContext.tsx';
import { ActiveInput } from './ActiveInput.tsx';
import { CellMessage } from './CellMessage.tsx';
import { GridCell } from './GridCell.tsx';
import { GridStatus } from './GridStatus.tsx';
import { cellAt, positionOf, type GridSpec, type Position } from './gridModel.ts';
import { useGridKit, useGridState, type GridKit } from './gridKit.ts';

export interface Grid {
  readonly renderCell: (position: Position, colSpan?: number) => ReactNode;
  /** The grid's one input and the message at its cell; placed right after the <table>. */
  readonly input: ReactNode;
  readonly status: ReactNode;
}

export function useGrid(grid: GridSpec): Grid {
  const store = useStore();
  const kit = useGridKit(store, grid);

  const renderCell = useCallback(
    (position: Position, colSpan?: number) => {
      const cell = cellAt(grid, position);
      return cell ? <GridCell key={cell.address} cell={cell} kit={kit} colSpan={colSpan} /> : null;
    },
    [grid, kit],
  );

  const { activate } = kit.handlers;
  const activateAddress = useCallback(
    (address: string) => {
      const position = positionOf(grid, address);
      if (position) activate(position);
      return position !== undefined;
    },
    [activate, grid],
  );
  useJumpTarget(grid.table, activateAddress);

  return {
    renderCell,
    input: <GridInput grid={grid} kit={kit} />,
    status: <GridStatusLine grid={grid} kit={kit} />,
  };
}

function GridInput({ grid, kit }: { readonly grid: GridSpec; readonly kit: GridKit }) {
  const active = useGridState(kit, (state) => cellAt(grid, state.active));
  const editing = useGridState(kit, (state) => state.editing);
  const message = useGridState(kit, (state) => state.message);
  const address = active?.address;
  const { inputRef } = kit.handlers;
  useEffect(() => {
    const frame = inputRef.current?.parentElement;
    if (!address || !frame || supportsAnchors()) return;
    return followCell(frame, address);
  }, [address, inputRef]);
  return active ? (
    <>
      <ActiveInput cell={active} editing={editing} handlers={kit.handlers} />
      <CellMessage message={message} />
    </>
  ) : null;
}

function GridStatusLine({ grid, kit }: { readonly grid: GridSpec; readonly kit: GridKit }) {
  const active = useGridState(kit, (state) => cellAt(grid, state.active)?.address);
  return <GridStatus active={active} />;
}
