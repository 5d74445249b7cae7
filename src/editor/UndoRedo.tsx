// Undo and redo as buttons that say what they will undo, and as Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z
// anywhere outside a text field (text fields keep their own undo while typing).

import { useEffect } from 'react';
import { useEditor, useStore } from './state/storeContext.tsx';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.classList.contains('cell-input')) return true; // the grids handle their own keys
  return (
    target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'INPUT' ||
    target.tagName === 'SELECT'
  );
}

export function UndoRedo() {
  const store = useStore();
  const undoLabel = useEditor((s) => s.undoLabel);
  const redoLabel = useEditor((s) => s.redoLabel);
  const isLocked = useEditor((s) => s.lock !== undefined);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) store.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <div className="undo-redo">
      <button
        type="button"
        onClick={() => store.undo()}
        disabled={!undoLabel || isLocked}
        title={undoLabel ? `撤销：${undoLabel}` : undefined}
      >
        撤销{undoLabel ? <span className="sr-only">：{undoLabel}</span> : null}
      </button>
      <button
        type="button"
        onClick={() => store.redo()}
        disabled={!redoLabel || isLocked}
        title={redoLabel ? `重做：${redoLabel}` : undefined}
      >
        重做{redoLabel ? <span className="sr-only">：{redoLabel}</span> : null}
      </button>
    </div>
  );
}
