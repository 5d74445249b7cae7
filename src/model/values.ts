// What a cell may hold, and how typed or pasted text becomes a cell value.
// A count is a non-negative integer; blank (absent) means not filled yet; "/" means marked not
// applicable, as published reports print it. The three are different and never conflated.

import { z } from 'zod/mini';
import { canonicalDecimal, canonicalDecimalPattern, fractionDigits } from './decimal.ts';

export const notApplicable = '/';

/** 表二 收费金额 is in 万元; six places keep a whole 分 (0.000001 万元 = 0.01 元). */
export const feeAmountScale = 6;

/** 信息处理费 is reported in 元, to the 分. */
export const processingFeeScale = 2;

export const countSchema = z
  .int({ error: '应为非负整数' })
  .check(z.nonnegative({ error: '应为非负整数' }));
export const notApplicableSchema = z.literal(notApplicable);

export const decimalSchema = (scale: number, unit: string) =>
  z.string().check(
    z.regex(canonicalDecimalPattern, { error: `应为非负金额（单位：${unit}）` }),
    z.refine((value: string) => fractionDigits(value) <= scale, {
      error: `最多保留 ${scale} 位小数（单位：${unit}）`,
    }),
  );

export const feeAmountSchema = decimalSchema(feeAmountScale, '万元');

export const cellValueSchema = z.union([countSchema, notApplicableSchema, feeAmountSchema]);

/**
 * Whether a value fits a cell of a kind, as the schemas above decide it but without their cost:
 * opening a file asks it for every cell (values.test.ts holds the two to the same answers).
 */
export function fitsCell(value: unknown, kind: CellKind): boolean {
  if (value === notApplicable) return true;
  if (kind === 'count')
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  return (
    typeof value === 'string' &&
    canonicalDecimalPattern.test(value) &&
    fractionDigits(value) <= feeAmountScale
  );
}

export type CellValue = z.infer<typeof cellValueSchema>;
export type CellKind = 'count' | 'money';

export type CellInput =
  | { readonly ok: true; readonly value: CellValue | undefined }
  | { readonly ok: false; readonly message: string };

const notApplicableMarks = new Set(['/', '／', '—', '——', '-', '–', '－', '\\']);

/** Full-width digits and punctuation as they arrive from Chinese input methods and WPS. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D]/g, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** "1,234" → "1234"; commas are removed only where they group thousands. */
function withoutThousandsSeparators(text: string): string | undefined {
  if (!text.includes(',')) return text;
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replaceAll(',', '') : undefined;
}

/**
 * Reads what a person typed or pasted into a cell. Never throws; the message says in plain
 * Chinese what the cell accepts, so the caller can show it and keep the previous value.
 */
export function parseCellInput(kind: CellKind, raw: string): CellInput {
  const text = toHalfWidth(raw);
  if (text === '') return { ok: true, value: undefined };
  if (notApplicableMarks.has(text)) return { ok: true, value: notApplicable };
  const plain = withoutThousandsSeparators(text);
  if (plain === undefined) return { ok: false, message: `无法识别“${raw.trim()}”中的逗号` };
  if (/^[-−]\s*\d/.test(plain)) {
    return { ok: false, message: kind === 'count' ? '件数不能为负数' : '金额不能为负数' };
  }
  const decimal = canonicalDecimal(plain);
  if (kind === 'count') {
    if (decimal === undefined) return { ok: false, message: '请填写非负整数，不适用填“/”' };
    if (decimal.includes('.')) return { ok: false, message: '件数应为整数，不能有小数' };
    const count = Number(decimal);
    if (!Number.isSafeInteger(count)) {
      return { ok: false, message: `数字过大，件数不能超过 ${Number.MAX_SAFE_INTEGER}` };
    }
    return { ok: true, value: count };
  }
  if (decimal === undefined) return { ok: false, message: '请填写金额（单位：万元），不适用填“/”' };
  if (fractionDigits(decimal) > feeAmountScale) {
    return { ok: false, message: `金额最多保留 ${feeAmountScale} 位小数（单位：万元）` };
  }
  return { ok: true, value: decimal };
}

/** A count cell's contribution to a sum: "/" adds nothing, blank is unknown (null). */
export function countOf(value: CellValue | undefined): number | null {
  if (value === undefined) return null;
  return typeof value === 'number' ? value : 0;
}
