// The grid's input shows the active cell's value between edits. Writing an input's value makes the
// browser lay out the whole page at once, so after a commit the new value goes in with the next
// frame's own layout; a key arriving before that frame flushes it first, so typing always replaces
// the right value.

import type { RefObject } from 'react';

export interface InputSync {
  readonly show: (value: string) => void;
  readonly flush: () => void;
}

export function createInputSync(
  inputRef: RefObject<HTMLInputElement | null>,
  isEditing: () => boolean,
): InputSync {
  let pending: string | undefined;
  const flush = () => {
    const input = inputRef.current;
    if (pending === undefined || !input) return;
    const value = pending;
    pending = undefined;
    // An edit under way owns the input's text: a late value must never overwrite it.
    if (isEditing()) return;
    input.value = value;
    if (document.activeElement === input) input.select();
  };
  return {
    show(value) {
      pending = value;
      requestAnimationFrame(flush);
    },
    flush,
  };
}
