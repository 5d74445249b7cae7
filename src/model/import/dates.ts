// Dates as reports print them: 「2025 年 1 月 10 日」, 「2025年1月10日」, 「2025-01-10」, with or
// without 「发布日期：」, in full- or half-width digits.

export const halfWidthDigits = (text: string) =>
  text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

const dateLine =
  /^[(（]?\s*(?:(?:发布|成文|印发)?(?:日期|时间)\s*[:：]\s*)?(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?$/u;

export type DateReading =
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'invalid'; readonly text: string }
  | { readonly kind: 'none' };

/** A line that is a date and nothing else. */
export function readDateLine(text: string): DateReading {
  const match = dateLine.exec(halfWidthDigits(text.trim()));
  if (!match) return { kind: 'none' };
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isReal) return { kind: 'invalid', text };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}` };
}
