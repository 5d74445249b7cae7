// The grid's one focusable element, inside the active cell. Between edits it holds the cell's
// value fully selected, so a typed key or an IME composition replaces it as in Excel.

import { useLayoutEffect } from 'react';
import type { GridCellSpec } from './gridModel.ts';
import type { EditMode, GridHandlers } from './useGridInteractions.ts';

interface Props {
  readonly cell: GridCellSpec;
  readonly display: string;
  readonly name: string;
  readonly editing: EditMode | null;
  readonly handlers: GridHandlers;
}

export function ActiveInput({ cell, display, name, editing, handlers }: Props) {
  const { inputRef } = handlers;

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input || editing) return;
    input.value = display;
    if (handlers.wantsFocus.current && document.activeElement !== input) input.focus();
    if (document.activeElement === input) input.select();
  }, [display, editing, handlers, inputRef]);

  return (
    <input
      ref={inputRef}
      className={editing ? 'cell-input editing' : 'cell-input'}
      aria-label={name}
      readOnly={cell.isComputed}
      inputMode={cell.kind === 'money' ? 'decimal' : 'numeric'}
      autoComplete="off"
      spellCheck={false}
      defaultValue={display}
      onKeyDown={handlers.onKeyDown}
      onInput={handlers.onInput}
      onCompositionStart={handlers.onCompositionStart}
      onFocus={handlers.onFocus}
      onBlur={handlers.onBlur}
      onCopy={handlers.onCopy}
      onCut={handlers.onCut}
      onPaste={handlers.onPaste}
    />
  );
}
