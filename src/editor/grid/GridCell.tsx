// One cell of a grid: its value (entered, or computed and read-only), a mark and a description
// for each finding that names it, and the declared value where a published total differs.

import { memo } from 'react';
import { getCellDef } from '../../model/form/cells.ts';
import { useEditor } from '../state/storeContext.tsx';
import { displayOf, showValue } from './cellDisplay.ts';
import { isInRange, samePosition, type GridCellSpec } from './gridModel.ts';
import { useGridState, type GridKit } from './useGridInteractions.ts';

interface Props {
  readonly cell: GridCellSpec;
  readonly kit: GridKit;
  readonly colSpan?: number;
}

const severityMarks = { error: '✕', warning: '▲', info: 'ⓘ' } as const;

export const GridCell = memo(function GridCell(props: Props) {
  const { cell, kit, colSpan } = props;
  const { address, position } = cell;
  const { handlers } = kit;
  const isActive = useGridState(kit, (s) => samePosition(s.active, position));
  const isSelected = useGridState(kit, (s) =>
    isInRange({ anchor: s.active, focus: s.rangeEnd }, position),
  );
  // The grid's input is over this cell with an edit in progress: the value under it is hidden.
  const isEditing = useGridState(
    kit,
    (s) => s.editing !== null && samePosition(s.active, position),
  );
  const display = useEditor((s) => displayOf(s, address));
  const findings = useEditor((s) => s.derived.findingsByPlace.get(address));
  const declared = useEditor((s) => (cell.isComputed ? s.report.declared[address] : undefined));
  const name = getCellDef(address).names.join(' ');
  const declaredDiffers = declared !== undefined && showValue(declared) !== display;
  // A finding points at its last cell (the total in question); the others are its terms.
  // Findings come sorted by severity, so the first one found is the most serious.
  const pointing = findings?.find((finding) => finding.cells.at(-1) === address);
  const worst = pointing?.severity ?? findings?.[0]?.severity;

  const classes = ['grid-cell'];
  if (cell.isComputed) classes.push('computed');
  if (isSelected) classes.push('selected');
  if (isActive) classes.push('active');
  if (pointing) classes.push(`has-${pointing.severity}`);
  else if (findings) classes.push('involved');

  return (
    <td
      role="gridcell"
      data-cell={address}
      className={classes.join(' ')}
      colSpan={colSpan}
      aria-selected={isSelected}
      aria-readonly={cell.isComputed || undefined}
      aria-labelledby={`name-${address} value-${address}`}
      aria-describedby={findings || declaredDiffers ? `about-${address}` : undefined}
      onMouseDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault(); // keep the caret out: the grid's input takes the focus itself
        handlers.onCellMouseDown(position, event.shiftKey);
      }}
      onMouseEnter={() => handlers.onCellMouseEnter(position)}
      onDoubleClick={handlers.onDoubleClick}
    >
      <span id={`name-${address}`} hidden>
        {name}
      </span>
      <span id={`value-${address}`} className={isEditing ? 'cell-value under-input' : 'cell-value'}>
        {display}
      </span>
      {declaredDiffers ? (
        <span className="declared" aria-hidden="true">
          申报 {showValue(declared)}
        </span>
      ) : null}
      {worst ? (
        <span className={`mark mark-${worst}`} aria-hidden="true">
          {severityMarks[worst]}
        </span>
      ) : null}
      {findings || declaredDiffers ? (
        <span id={`about-${address}`} className="cell-about" role="tooltip">
          {declaredDiffers ? `申报值 ${showValue(declared)}，计算值 ${display || '空白'}。` : null}
          {findings?.map((finding) => finding.message).join(' ')}
        </span>
      ) : null}
    </td>
  );
});
