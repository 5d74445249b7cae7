// What a table component needs to render a grid: the interactions and a cell renderer that
// passes each cell only the flags it needs, so memoised cells skip renders that do not concern them.

import { useCallback, type ReactNode } from 'react';
import { useStore } from '../state/storeContext.tsx';
import { ActiveInput } from './ActiveInput.tsx';
import { GridCell } from './GridCell.tsx';
import { GridStatus } from './GridStatus.tsx';
import { useJumpTarget } from '../findings/jump.tsx';
import { cellAt, isInRange, positionOf, type GridSpec, type Position } from './gridModel.ts';
import { useGridInteractions, type GridInteractions } from './useGridInteractions.ts';

export interface Grid {
  readonly interactions: GridInteractions;
  readonly renderCell: (position: Position, colSpan?: number) => ReactNode;
  /** The grid's one input; the table component places it right after the <table>. */
  readonly input: ReactNode;
  readonly status: ReactNode;
}

export function useGrid(grid: GridSpec): Grid {
  const store = useStore();
  const interactions = useGridInteractions(store, grid);
  const { state, range, handlers } = interactions;

  const renderCell = useCallback(
    (position: Position, colSpan?: number) => {
      const cell = cellAt(grid, position);
      if (!cell) return null;
      const isActive = position.row === state.active.row && position.col === state.active.col;
      return (
        <GridCell
          key={cell.address}
          cell={cell}
          isActive={isActive}
          isSelected={isInRange(range, position)}
          isEditing={isActive && state.editing !== null}
          handlers={handlers}
          colSpan={colSpan}
        />
      );
    },
    [grid, handlers, range, state.active, state.editing],
  );

  const { activate } = handlers;
  const activateAddress = useCallback(
    (address: string) => {
      const position = positionOf(grid, address);
      if (position) activate(position);
      return position !== undefined;
    },
    [activate, grid],
  );
  useJumpTarget(grid.table, activateAddress);

  const active = cellAt(grid, state.active);
  const input = active ? (
    <ActiveInput cell={active} editing={state.editing} handlers={handlers} />
  ) : null;
  const status = <GridStatus message={state.message} active={active?.address} />;
  return { interactions, renderCell, input, status };
}
