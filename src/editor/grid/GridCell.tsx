// One cell of a grid: its value (entered, or computed and read-only), a mark and a description
// for each finding that names it (with its review status), and the declared value where a
// published total differs.

import { memo, useSyncExternalStore } from 'react';
import { getCellDef, type CellAddress } from '../../model/form/cells.ts';
import { statusLabels } from '../../model/review/schema.ts';
import { annotationFor, statusOf } from '../../model/review/status.ts';
import type { EditorSnapshot } from '../state/reportStore.ts';
import { useStore } from '../state/storeContext.tsx';
import { cellFeedsOf } from './cellFeed.ts';
import { showValue } from '../shared/showValue.ts';
import { cellFlags, gridFlagsOf } from './cellView.ts';
import type { GridCellSpec } from './gridModel.ts';
import { useCellGridState, type GridKit } from './gridKit.ts';

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
  const flags = useCellGridState(kit, position, (s) => gridFlagsOf(s, position));
  const isActive = (flags & cellFlags.active) !== 0;
  const isSelected = (flags & cellFlags.selected) !== 0;
  const isEditing = (flags & cellFlags.editing) !== 0;
  // What the frame and mark show; each finding's message lives in CellAbout below.
  const { display, pointing, mostSerious, isAnswered, declared } = useCellView(
    address,
    cell.isComputed,
  );
  const worst = pointing ?? mostSerious;
  const name = getCellDef(address).names.join(' ');
  const declaredDiffers = declared !== undefined && showValue(declared) !== display;
  const isDescribed = worst !== undefined || declaredDiffers;

  const classes = ['grid-cell'];
  if (cell.isComputed) classes.push('computed');
  if (isSelected) classes.push('selected');
  if (isActive) classes.push('active');
  if (pointing) classes.push(`has-${pointing}`);
  else if (worst) classes.push('involved');
  if (isAnswered) classes.push('answered');

  return (
    <td
      role="gridcell"
      data-cell={address}
      className={classes.join(' ')}
      colSpan={colSpan}
      aria-selected={isSelected}
      aria-readonly={cell.isComputed || undefined}
      aria-labelledby={`name-${address} value-${address}`}
      aria-describedby={isDescribed ? `about-${address}` : undefined}
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
          {isAnswered ? '✓' : null}
        </span>
      ) : null}
      {isDescribed ? (
        <CellAbout
          address={address}
          isActive={isActive}
          declared={
            declaredDiffers ? `申报值 ${showValue(declared)}，计算值 ${display || '空白'}。` : ''
          }
        />
      ) : null}
    </td>
  );
});

/**
 * The cell's description (its tooltip, and what assistive technology reads): the declared value,
 * then what each finding says. The messages follow an edit once the browser is idle, after the new
 * values, marks and findings panel are on screen: R3-RESULT names some forty cells and restates its
 * sum in each, and rewriting forty hidden texts must not hold up the keystroke that changed it.
 * The active cell's is always current: the grid's input is described by it, and a screen reader
 * reads it the moment the cell becomes active.
 */
function CellAbout(props: {
  readonly address: CellAddress;
  readonly isActive: boolean;
  readonly declared: string;
}) {
  const { address, isActive, declared } = props;
  const messages = useCellState(
    address,
    (s) =>
      s.derived.findingsByPlace
        .get(address)
        ?.map((finding) => {
          const status = statusOf(finding, annotationFor(s.report.review, finding));
          return `［${statusLabels[status]}］${finding.message}`;
        })
        .join(' '),
    isActive ? 'now' : 'idle',
  );
  return (
    <span id={`about-${address}`} className="cell-about" role="tooltip">
      {declared}
      {messages}
    </span>
  );
}

/** What the cell shows of the report (cellView.ts); woken only when it may have changed. */
function useCellView(address: CellAddress, isComputed: boolean) {
  const feed = cellFeedsOf(useStore()).now;
  return useSyncExternalStore(feed.subscriberFor(address), () => feed.viewOf(address, isComputed));
}

/**
 * What one cell selects from the store; the selector must return a primitive or a stable value.
 * `lag: 'idle'` reads the store as of the last idle moment (see idleSource).
 */
function useCellState<T>(
  address: CellAddress,
  select: (snapshot: EditorSnapshot) => T,
  lag: 'now' | 'idle' = 'now',
): T {
  const feed = cellFeedsOf(useStore())[lag];
  return useSyncExternalStore(feed.subscriberFor(address), () => select(feed.getSnapshot()));
}
