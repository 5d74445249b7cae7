// What a printed table cell holds: a value the form accepts, a blank, or text that cannot be
// read. A figure with a note (「22（其中修订16件）」) is read as the figure and keeps its note.

import {
  notApplicable,
  parseCellInput,
  toHalfWidth,
  type CellKind,
  type CellValue,
} from '../values.ts';

export type CellReading =
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly value: CellValue; readonly note?: string }
  | { readonly kind: 'unreadable'; readonly message: string };

const withNote = /^(.*?\d)\s*[(（]([^()（）]*)[)）]$/u;
const withUnit = /^(\d[\d,]*(?:\.\d+)?)\s*(?:件|个|项|条|次|万元|元)$/u;
/** Dashes and slashes that mean 不适用, as reports print them; parseCellInput knows the rest. */
const dashes = /^[—–―─‐-]+$/u;

/** Digits grouped in threes by spaces (「2 700」「12 345」): thousands as some reports print them. */
const spaceGrouped = /^\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+$/u;
export const isSpaceGrouped = (raw: string) => spaceGrouped.test(toHalfWidth(raw).trim());

export function readCell(kind: CellKind, raw: string): CellReading {
  const half = toHalfWidth(raw);
  const text = spaceGrouped.test(half) ? half.replace(/\D/gu, '') : half;
  if (text === '') return { kind: 'blank' };
  if (dashes.test(text)) return { kind: 'value', value: notApplicable };
  const noted = withNote.exec(text);
  const figure = noted ? (noted[1] ?? '') : text;
  const unitless = withUnit.exec(figure)?.[1] ?? figure;
  const input = parseCellInput(kind, unitless);
  if (input.ok && input.value !== undefined) {
    const note = noted?.[2]?.trim();
    return note
      ? { kind: 'value', value: input.value, note }
      : { kind: 'value', value: input.value };
  }
  return {
    kind: 'unreadable',
    message: input.ok ? '无法识别' : input.message,
  };
}

export type CellRole = 'empty' | 'value' | 'label';

/** Han characters other than units make a cell words, not a figure. */
const hasWords = (text: string) => /\p{Script=Han}/u.test(text.replace(/[件个项条次万元]/gu, ''));

/**
 * Whether a cell of a table row is one of its figures or part of its label. A cell that is not a
 * readable figure still counts as one when it has no words in it (「1O」, 「无」): it stands where a
 * figure stands, and is reported as unreadable rather than taken for a label. A row number with
 * nothing after it (「5.」, 「4.无」 of a wrapped label) is a label.
 */
export function cellRole(raw: string): CellRole {
  const text = toHalfWidth(raw);
  if (text === '') return 'empty';
  if (readCell('count', text).kind === 'value' || text === '无') return 'value';
  if (/^\d{1,2}\s*[.、．](?!\d)/u.test(text)) return 'label';
  // Digits alone stand where a figure stands, however many: one too large to count exactly
  // (9007199254740993) is reported at its cell, never glued to the row's label.
  if (/^\d[\d,]*(?:\.\d+)?$/u.test(text)) return 'value';
  const isShortFigure = text.length <= 12 && /\d/u.test(text) && !hasWords(text);
  return isShortFigure && !/[a-zA-Z]{2}/u.test(text) ? 'value' : 'label';
}
