// What a printed table cell holds: a value the form accepts, a blank, or text that cannot be
// read. A figure with a note (「22（其中修订16件）」) is read as the figure and keeps its note.

import {
  notApplicable,
  parseCellInput,
  toHalfWidth,
  type CellKind,
  type CellValue,
} from '../values.ts';
import { fractionDigits, fromScaledInteger, toScaledInteger } from '../decimal.ts';

export type CellReading =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'value';
      readonly value: CellValue;
      readonly note?: string;
      /** The amount as printed in 元, when a 万元 cell gave one: the value is it in 万元. */
      readonly yuan?: string;
    }
  | { readonly kind: 'unreadable'; readonly message: string };

const units = '件|个|项|条|次|万元|元';
const withNote = new RegExp(`^(.*?\\d(?:\\s*(?:${units}))?)\\s*[(（]([^()（）]*)[)）]$`, 'u');
const withUnit = new RegExp(`^(\\d[\\d,]*(?:\\.\\d+)?)\\s*(${units})$`, 'u');
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
  const unit = withUnit.exec(figure);
  const unitless = unit?.[1] ?? figure;
  const input = parseCellInput(kind, unitless);
  if (input.ok && input.value !== undefined) {
    const note = noted?.[2]?.trim();
    const reading = note
      ? { kind: 'value' as const, value: input.value, note }
      : { kind: 'value' as const, value: input.value };
    // The fee column is in 万元; a figure that says 元 is converted, exactly, and said so.
    const yuan = kind === 'money' && unit?.[2] === '元' ? inWan(input.value) : undefined;
    return yuan ? { ...reading, ...yuan } : reading;
  }
  return {
    kind: 'unreadable',
    message: input.ok ? '无法识别' : input.message,
  };
}

/** An amount in 元 (at most 2 places, as 元 are printed) as 万元; undefined if it has more. */
function inWan(value: CellValue) {
  if (typeof value !== 'string' || fractionDigits(value) > 2) return undefined;
  return { value: fromScaledInteger(toScaledInteger(value, 2), 6), yuan: value };
}

export type CellRole = 'empty' | 'value' | 'label';

/**
 * A figure with words about it that no reading accepts, where a figure stands: 「约12万」「近5件」.
 * It is one (and reported as unreadable), not a piece of the row's label.
 */
const approximateFigure = new RegExp(
  `^(?:约|近|逾|超过|不足|共|计)?\\s*\\d[\\d,.]*\\s*(?:余|多)?\\s*(?:万|${units})?$`,
  'u',
);

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
  if (readCell('money', text).kind === 'value' || approximateFigure.test(text)) return 'value';
  // Digits alone stand where a figure stands, however many: one too large to count exactly
  // (9007199254740993) is reported at its cell, never glued to the row's label.
  if (/^\d[\d,]*(?:\.\d+)?$/u.test(text)) return 'value';
  const isShortFigure = text.length <= 12 && /\d/u.test(text) && !hasWords(text);
  return isShortFigure && !/[a-zA-Z]{2}/u.test(text) ? 'value' : 'label';
}
