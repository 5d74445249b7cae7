// Jumping from a finding to the cells or fields it names: each grid registers how to activate one
// of its cells; fields are found by id. The named cells flash so the eye finds them. A finding
// that quotes a text goes to the text, with the quoted passage selected: the sentence is what
// the reader has to judge, and the message already gives the table's figure.

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';
import type { TableId } from '../../model/form/cells.ts';
import type { Finding, Quote } from '../../model/rules/finding.ts';
import { fieldId } from '../sections/fieldPlaces.ts';
import { selectPassage } from '../sections/NarrativeTextarea.tsx';
import { locateQuote } from '../sections/passages.ts';

type Activate = (address: string) => boolean;

interface JumpApi {
  readonly register: (table: TableId, activate: Activate) => () => void;
  readonly jumpTo: (finding: Finding) => void;
}

const JumpContext = createContext<JumpApi | null>(null);

const flashMs = 2500;

function flash(elements: readonly Element[]) {
  for (const element of elements) element.setAttribute('data-flash', '');
  window.setTimeout(() => {
    for (const element of elements) element.removeAttribute('data-flash');
  }, flashMs);
}

export function JumpProvider({ children }: { children: ReactNode }) {
  const grids = useRef(new Map<TableId, Activate>());

  const register = useCallback((table: TableId, activate: Activate) => {
    grids.current.set(table, activate);
    return () => {
      grids.current.delete(table);
    };
  }, []);

  const jumpTo = useCallback((finding: Finding) => {
    if (finding.quote && jumpToQuote(finding.quote)) return;
    const cells = finding.cells.flatMap((address) => [
      ...document.querySelectorAll(`[data-cell="${CSS.escape(address)}"]`),
    ]);
    // The first cell that needs attention: the last named cell is usually the total in question.
    const target = finding.cells.at(-1) ?? '';
    const table = target.split('.')[0] as TableId;
    const activate = grids.current.get(table);
    if (cells.length > 0 && activate?.(target)) {
      cells[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      flash(cells);
      return;
    }
    const field = finding.cells
      .map((address) => document.getElementById(`field-${address}`))
      .find((element) => element !== null);
    if (field) {
      field.scrollIntoView({ block: 'center', behavior: 'smooth' });
      field.focus({ preventScroll: true });
      flash([field]);
    }
  }, []);

  const api = useMemo(() => ({ register, jumpTo }), [register, jumpTo]);
  return <JumpContext.Provider value={api}>{children}</JumpContext.Provider>;
}

/** Selects the quoted passage in its field; false when the field or the words are not there. */
function jumpToQuote(quote: Quote): boolean {
  const field = document.getElementById(fieldId(quote.field));
  if (!(field instanceof HTMLTextAreaElement)) return false;
  const range = locateQuote(field.value, quote);
  if (!range) return false;
  selectPassage(field, range);
  flash([field]);
  return true;
}

export function useJump(): JumpApi {
  const api = useContext(JumpContext);
  if (!api) throw new Error('useJump outside JumpProvider');
  return api;
}

/** A grid's registration: jumping to one of its cells activates it and focuses the grid. */
export function useJumpTarget(table: TableId, activate: Activate) {
  const { register } = useJump();
  useEffect(() => register(table, activate), [register, table, activate]);
}
