// How the 批量审核 table sorts and filters its rows: pure, so the view only draws.

import type { BatchRow } from '../../model/batch/batch.ts';

export const sortKeys = [
  'agency',
  'category',
  'year',
  'readAs',
  'prior',
  'error',
  'warning',
  'info',
  'finalised',
] as const;
export type SortKey = (typeof sortKeys)[number];

export const sortLabels: Readonly<Record<SortKey, string>> = {
  agency: '机关名称',
  category: '类别',
  year: '年度',
  readAs: '读取方式',
  prior: '上年报告',
  error: '错误',
  warning: '警告',
  info: '提示',
  finalised: '定稿',
};

export const filters = {
  all: '全部报告',
  errors: '有错误的',
  problems: '有错误或警告的',
  draft: '未定稿的',
} as const;
export type Filter = keyof typeof filters;

export const readAsLabels: Readonly<Record<string, string>> = {
  json: '报告文件',
  xlsx: 'Excel 工作簿',
  text: '文本',
  html: '网页',
  mht: '网页',
  pdf: 'PDF',
  docx: 'Word',
  library: '报告库',
};

/** How a report was read, and how many figures the importer had to decide on. */
export function readAsText(row: BatchRow): string {
  const { readAs, importFindings } = row.entry;
  const label = readAsLabels[readAs] ?? readAs;
  return importFindings.length > 0 ? `${label}（导入时判断 ${importFindings.length} 处）` : label;
}

const keep: Readonly<Record<Filter, (row: BatchRow) => boolean>> = {
  all: () => true,
  errors: (row) => row.counts.error > 0,
  problems: (row) => row.counts.error + row.counts.warning > 0,
  draft: (row) => !row.finalised,
};

function sortValue(row: BatchRow, key: SortKey): string | number {
  const { header } = row.entry.report;
  switch (key) {
    case 'agency':
      return header.agencyName;
    case 'category':
      return header.category ?? '';
    case 'year':
      return header.year;
    case 'readAs':
      return readAsText(row);
    case 'prior':
      return row.prior ?? '';
    case 'finalised':
      return row.finalised ? 1 : 0;
    default:
      return row.counts[key];
  }
}

export interface Sorting {
  readonly key: SortKey;
  readonly descending: boolean;
}

const collator = new Intl.Collator('zh-CN');

/** The rows the filter keeps, sorted; ties keep the order the files came in. */
export function visibleRows(
  rows: readonly BatchRow[],
  filter: Filter,
  sorting: Sorting,
): BatchRow[] {
  const order = sorting.descending ? -1 : 1;
  return rows
    .filter(keep[filter])
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const [x, y] = [sortValue(a.row, sorting.key), sortValue(b.row, sorting.key)];
      const compared =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return compared * order || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Rows a page of the table shows: the layout of 300 rows at once held a slow PC for a second. */
export const pageSize = 50;

/** The rows of one page (0-based, kept within the pages there are) and where it stands. */
export function pageOf<T>(rows: readonly T[], page: number) {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(0, page), pages - 1);
  const first = current * pageSize;
  return {
    rows: rows.slice(first, first + pageSize),
    page: current,
    pages,
    /** 1-based, for 「第 1–50 份」. */
    from: rows.length === 0 ? 0 : first + 1,
    to: Math.min(rows.length, first + pageSize),
  };
}
