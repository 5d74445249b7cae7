// The header as the form holds it (text, as typed) and as the report holds it (typed values).
// Each input is read with the model's own header schema pieces, so the form accepts exactly what
// a report file may contain.

import { z } from 'zod/mini';
import { headerLabels } from '../../model/form/header.ts';
import { headerSchema, type Header } from '../../model/report.ts';
import { chineseDate, readDate } from '../../model/title.ts';
import { toHalfWidth } from '../../model/values.ts';
import type { HeaderField } from './fieldPlaces.ts';
import { readWith, type FieldReading } from './fieldReading.ts';

const { shape } = headerSchema;

/** Blank inputs of the optional fields mean "not filled in yet". */
const blankAsNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Text as typed, turned by `read` into what the next schema checks. */
const typed = <T>(read: (text: string) => T) => z.pipe(z.string(), z.transform(read));

const fourDigitYear = z.string().check(
  z.minLength(1, { error: `请填写${headerLabels.year}`, abort: true }),
  // Number() alone would accept "0x7e8" and "2.024e3".
  z.regex(/^\d{4}$/, { error: '应为四位数年份，如 2024' }),
);

export const headerFormSchema = z.object({
  agencyName: shape.agencyName,
  // Full-width digits arrive from Chinese input methods.
  year: z.pipe(z.pipe(z.pipe(typed(toHalfWidth), fourDigitYear), z.transform(Number)), shape.year),
  category: z.pipe(typed(blankAsNull), shape.category),
  // Shown and read as 「2025年1月10日」 (2025-01-10 and 2025/1/10 too), whatever the browser's
  // language: a date input would follow the browser's locale (mm/dd/yyyy in an English one).
  publishDate: z.pipe(
    z.pipe(
      z.string(),
      z.transform((text: string, context) => {
        const trimmed = toHalfWidth(text).trim();
        if (trimmed === '') return null;
        const date = readDate(trimmed);
        if (date !== undefined) return date;
        context.issues.push({
          code: 'custom',
          input: text,
          message: '应为日期，如 2025年1月10日 或 2025-01-10',
        });
        return z.NEVER;
      }),
    ),
    shape.publishDate,
  ),
});

export type HeaderFormValues = z.input<typeof headerFormSchema>;

export function headerToFormValues(header: Header): HeaderFormValues {
  return {
    agencyName: header.agencyName,
    year: String(header.year),
    category: header.category ?? '',
    publishDate: header.publishDate ? chineseDate(header.publishDate) : '',
  };
}

/**
 * The header with one field replaced by what was typed into it, or why the text is not a valid
 * value. The other fields come from the report, so a half-typed value elsewhere never travels along.
 */
export function headerWithInput(
  header: Header,
  field: HeaderField,
  text: string,
): FieldReading<Header> {
  return readWith(headerFormSchema, { ...headerToFormValues(header), [field]: text });
}

export function isSameHeader(a: Header, b: Header): boolean {
  return (
    a.agencyName === b.agencyName &&
    a.year === b.year &&
    a.category === b.category &&
    a.publishDate === b.publishDate
  );
}
