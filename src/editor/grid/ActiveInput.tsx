// The grid's one focusable element. It stays mounted and focused while the active cell moves, and
// CSS anchor positioning lays it over that cell (editor.css), so moving costs no focus change and
// no layout read. Between edits it holds the cell's value fully selected, so a typed key or an IME
// composition replaces it as in Excel.

import { useLayoutEffect } from 'react';
import { getCellDef } from '../../model/form/cells.ts';
import { useEditor } from '../state/storeContext.tsx';
import { displayOf } from './cellDisplay.ts';
import type { GridCellSpec } from './gridModel.ts';
import type { EditMode, GridHandlers } from './gridHandlers.ts';

interface Props {
  readonly cell: GridCellSpec;
  readonly editing: EditMode | null;
  readonly handlers: GridHandlers;
}

export function ActiveInput({ cell, editing, handlers }: Props) {
  const { inputRef } = handlers;
  const { address } = cell;
  const display = useEditor((s) => displayOf(s, address));
  const isLocked = useEditor((s) => s.lock !== undefined);
  const isDescribed = useEditor(
    (s) => s.derived.findingsByPlace.has(address) || s.report.declared[address] !== undefined,
  );

  const { showInInput } = handlers;
  useLayoutEffect(() => {
    if (!editing) showInInput(display);
  }, [address, display, editing, showInInput]);

  return (
    <input
      ref={inputRef}
      className={editing ? 'cell-input editing' : 'cell-input'}
      aria-label={getCellDef(address).names.join(' ')}
      aria-describedby={isDescribed ? `about-${address}` : undefined}
      readOnly={cell.isComputed || isLocked}
      inputMode={cell.kind === 'money' ? 'decimal' : 'numeric'}
      autoComplete="off"
      spellCheck={false}
      defaultValue={display}
      onKeyDown={handlers.onKeyDown}
      onInput={handlers.onInput}
      onCompositionStart={handlers.onCompositionStart}
      onCompositionEnd={handlers.onCompositionEnd}
      onFocus={handlers.onFocus}
      onBlur={handlers.onBlur}
      onCopy={handlers.onCopy}
      onCut={handlers.onCut}
      onPaste={handlers.onPaste}
    />
  );
}
