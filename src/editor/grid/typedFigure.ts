// A figure typed into a cell stays in the grid's input until Enter, Tab, an arrow or a click
// commits it. Printing and leaving the page do none of these, so they commit it here: the input
// losing the focus commits its edit (gridHandlers' onBlur), and the focus comes straight back.

import { useEffect } from 'react';

/** Commits the figure being typed into a cell, if any; the focus stays where it was. */
export function commitTypedFigure(): void {
  const focused = document.activeElement;
  // The grids' one input (ActiveInput); text fields commit every keystroke already.
  if (!(focused instanceof HTMLInputElement) || !focused.classList.contains('cell-input')) return;
  focused.blur();
  focused.focus({ preventScroll: true });
}

/**
 * While mounted, a page hidden or going commits the figure being typed, at the moments the draft
 * is saved (decision 15): the commit writes the write-ahead record at once, so a tab closed before
 * Enter keeps the figure its cell showed.
 */
export function useCommitTypedFigureOnLeave(): void {
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') commitTypedFigure();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', commitTypedFigure);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', commitTypedFigure);
    };
  }, []);
}
