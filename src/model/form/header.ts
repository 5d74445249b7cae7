// The report's header fields and the agency categories that decide deadlines and plausibility.

export const headerLabels = {
  agencyName: '机关名称',
  year: '报告年度',
  category: '机关类别',
  publishDate: '发布日期',
} as const;

export const agencyCategories = [
  '国务院部门',
  '省级政府',
  '省级政府部门',
  '地市级政府',
  '地市级政府部门',
  '县级政府',
  '县级政府部门',
  '乡镇街道',
  '开发区等其他',
] as const;

export type AgencyCategory = (typeof agencyCategories)[number];

/**
 * Only 国务院部门, 省级政府 and 设区的市 governments may make 规章 (立法法). Others usually report
 * 0 规章; a non-zero figure is worth a second look, not an error (some list rules they forward).
 */
export const categoriesWithRuleMakingPower: ReadonlySet<AgencyCategory> = new Set([
  '国务院部门',
  '省级政府',
  '地市级政府',
]);

/**
 * Publication deadline in the year after the report year, as [month, day].
 * 条例第四十九条: departments (and, by 30号文, 乡镇 and other bodies) by 1月31日; a local
 * government's own report by 3月31日 (30号文 二、报告方式及时间).
 */
export function publicationDeadline(category: AgencyCategory): readonly [number, number] {
  return category === '省级政府' || category === '地市级政府' || category === '县级政府'
    ? [3, 31]
    : [1, 31];
}
