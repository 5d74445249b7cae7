// Section 六 as the form holds it: the 信息处理费 as typed text, the rest as in the report.
// The fee is read with the model's own schema, after forgiving what people type for an amount.

import { z } from 'zod/mini';
import { canonicalDecimal } from '../../model/decimal.ts';
import { otherMattersSchema, type OtherMatters } from '../../model/report.ts';
import { toHalfWidth } from '../../model/values.ts';
import { readWith, type FieldReading } from './fieldReading.ts';

/**
 * "3,940.50元" → "3940.5"; blank → null (not stated). Text that is no amount at all is passed on
 * unchanged, so the model's schema names the problem.
 */
export function normalizeFeeInput(text: string): string | null {
  const plain = toHalfWidth(text).replace(/\s*元$/, '');
  if (plain === '') return null;
  const ungrouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain) ? plain.replaceAll(',', '') : plain;
  return canonicalDecimal(ungrouped) ?? plain;
}

/** The fee as typed, read with the model's own schema: decimalSchema(processingFeeScale, '元'). */
export const feeInputSchema = z.pipe(
  z.pipe(z.string(), z.transform(normalizeFeeInput)),
  otherMattersSchema.shape.processingFee,
);

/** As the report holds it, but the fee as typed ("" for not stated). */
export type OtherMattersFormValues = Omit<OtherMatters, 'processingFee'> & {
  processingFee: string;
};

export function otherMattersToFormValues(otherMatters: OtherMatters): OtherMattersFormValues {
  return { ...otherMatters, processingFee: otherMatters.processingFee ?? '' };
}

export function readFeeInput(text: string): FieldReading<string | null> {
  return readWith(feeInputSchema, text);
}

export type ItemField = 'title' | 'text';

export const blankItem: OtherMatters['items'][number] = { title: '', text: '' };

export function withItemText(
  otherMatters: OtherMatters,
  index: number,
  field: ItemField,
  text: string,
): OtherMatters {
  return {
    ...otherMatters,
    items: otherMatters.items.map((item, i) => (i === index ? { ...item, [field]: text } : item)),
  };
}

export function withItemAdded(otherMatters: OtherMatters): OtherMatters {
  return { ...otherMatters, items: [...otherMatters.items, blankItem] };
}

export function withItemRemoved(otherMatters: OtherMatters, index: number): OtherMatters {
  return { ...otherMatters, items: otherMatters.items.filter((_, i) => i !== index) };
}
