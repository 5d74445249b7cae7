// Copy, cut and paste of the selected block, as tab-separated text Excel and WPS understand.
// While editing a value, the input's own text clipboard applies instead.

import type { ClipboardEvent } from 'react';
import { cellsChange } from '../state/change.ts';
import { displayOf } from './cellDisplay.ts';
import { describePaste, parseTsv, planPaste, toTsv } from './clipboard.ts';
import { cellsInRange } from './gridModel.ts';
import { refuseWhenLocked, type GridToolkit } from './gridState.ts';

type ClipboardHandler = (event: ClipboardEvent<HTMLInputElement>) => void;

export interface GridClipboard {
  readonly onCopy: ClipboardHandler;
  readonly onCut: ClipboardHandler;
  readonly onPaste: ClipboardHandler;
  readonly clearSelection: () => void;
}

export function createGridClipboard(kit: GridToolkit): GridClipboard {
  const { store, grid } = kit;
  const selection = () => {
    const { active, rangeEnd } = kit.current();
    return cellsInRange(grid, { anchor: active, focus: rangeEnd });
  };

  const copySelection = (event: ClipboardEvent<HTMLInputElement>) => {
    const snapshot = store.getSnapshot();
    const rows = selection().map((cells) => cells.map((cell) => displayOf(snapshot, cell.address)));
    event.clipboardData.setData('text/plain', toTsv(rows));
  };

  const clearSelection = () => {
    const cleared = selection()
      .flat()
      .filter((cell) => !cell.isComputed)
      .map((cell) => [cell.address, undefined]);
    store.commit(cellsChange(store.getSnapshot().report, '清除', Object.fromEntries(cleared)));
  };

  return {
    clearSelection,
    onCopy(event) {
      if (kit.current().editing) return;
      event.preventDefault();
      copySelection(event);
    },
    onCut(event) {
      if (kit.current().editing) return;
      event.preventDefault();
      copySelection(event);
      if (!refuseWhenLocked(kit)) clearSelection();
    },
    onPaste(event) {
      if (kit.current().editing) return;
      event.preventDefault();
      if (refuseWhenLocked(kit)) return;
      const block = parseTsv(event.clipboardData.getData('text/plain'));
      if (block.length === 0) return;
      const { active, rangeEnd } = kit.current();
      const plan = planPaste(grid, { anchor: active, focus: rangeEnd }, block);
      store.commit(cellsChange(store.getSnapshot().report, '粘贴', plan.values));
      const tone = plan.refused.length ? 'error' : 'info';
      kit.update({ message: { tone, text: describePaste(plan) } });
    },
  };
}
