// The report's title and dates as the official documents print them.

import type { Header } from './report.ts';

/** 「{机关名称}{年度}年政府信息公开工作年度报告」 */
export function reportTitle({ agencyName, year }: Pick<Header, 'agencyName' | 'year'>): string {
  return `${agencyName}${year}年政府信息公开工作年度报告`;
}

/** '2025-01-10' → '2025年1月10日'. */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const datePatterns = [
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/u,
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u,
];

/**
 * A date as people write it in a report — 「2025年1月10日」, 2025-01-10, 2025/1/10, 2025.1.10 (half-
 * width digits) — as '2025-01-10'; undefined for anything else, a 2月30日 included.
 */
export function readDate(text: string): string | undefined {
  const trimmed = text.trim();
  for (const pattern of datePatterns) {
    const [, y, m, d] = pattern.exec(trimmed) ?? [];
    if (y === undefined || m === undefined || d === undefined) continue;
    const [year, month, day] = [Number(y), Number(m), Number(d)];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  return undefined;
}
