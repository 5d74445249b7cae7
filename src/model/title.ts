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
