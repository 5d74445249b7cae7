// What the official format itself asks of a report: its layout, section 六's fee statement, the
// length of section 一, and the publication deadline.

import { t3 } from '../form/cells.ts';
import { publicationDeadline } from '../form/header.ts';
import {
  overviewCharacterGuideline,
  overviewParts,
  processingFeeLabel,
  sectionHeadings,
} from '../form/sections.ts';
import { table3Columns } from '../form/table3.ts';
import { countCharacters } from '../text.ts';
import { finding, type Rule } from './context.ts';

export const checkLegacyLayout: Rule = ({ report }) =>
  report.table3Layout === '2019'
    ? [
        finding('F-LEGACY', {
          section: 't3',
          cells: table3Columns.map((column) => t3('otherHandling', column.id)),
          message:
            '表三沿用 2019 年试行格式：“（六）其他处理”只有一行，2021 年格式应拆分为“1.申请人无正当理由逾期不补正……”“2.申请人逾期未按收费通知要求缴纳费用……”“3.其他”三项分别填报。',
        }),
      ]
    : [];

/**
 * The ways reports say there was no fee, within one clause: 「未产生…信息处理费」「未收取」
 * 「无…收费」, or an amount of 「0元」 (not 「10元」).
 */
const feeStatements: readonly RegExp[] = [
  /信息处理费/u,
  /未产生[^。；;\n]{0,20}费/u,
  /未收取/u,
  /无[^。；;\n]{0,20}收费/u,
  /(?<![\d.])0(?:\.0+)?\s*元/u,
];

export const checkFeeStatement: Rule = ({ report }) => {
  const { processingFee, text, items } = report.otherMatters;
  const written = [text, ...items.flatMap((item) => [item.title, item.text])].join('\n');
  if (processingFee !== null || feeStatements.some((pattern) => pattern.test(written))) return [];
  return [
    finding('T-FEE', {
      section: 's6',
      cells: ['s6.processingFee'],
      message: `${sectionHeadings.s6}没有写明${processingFeeLabel}：30号文要求在此专门报告，未收取也应写明（0 元）。`,
    }),
  ];
};

export const checkOverviewLength: Rule = ({ report }) => {
  const length = overviewParts.reduce(
    (sum, part) => sum + countCharacters(report.overview[part.id]),
    0,
  );
  if (length <= overviewCharacterGuideline) return [];
  return [
    finding('L-LEN', {
      section: 's1',
      cells: overviewParts.map((part) => `s1.${part.id}`),
      left: length,
      right: overviewCharacterGuideline,
      message: `${sectionHeadings.s1}共 ${length} 字，超出“篇幅原则上不超过一千字”${length - overviewCharacterGuideline} 字。`,
    }),
  ];
};

const dayMs = 24 * 60 * 60 * 1000;

export const checkPublishDate: Rule = ({ report }) => {
  const { publishDate, year, category } = report.header;
  if (publishDate === null) return [];
  const yearEnd = `${year}-12-31`;
  if (publishDate <= yearEnd) {
    return [
      finding('D-DEADLINE', {
        section: 'header',
        cells: ['header.publishDate'],
        left: publishDate,
        right: yearEnd,
        message: `发布日期 ${publishDate} 不晚于报告年度的 12 月 31 日：数据核定时间点为 ${yearEnd}，请核对发布日期或报告年度。`,
      }),
    ];
  }
  if (category === null) return [];
  const [month, day] = publicationDeadline(category);
  const deadline = `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (publishDate <= deadline) return [];
  const daysLate = Math.round((Date.parse(publishDate) - Date.parse(deadline)) / dayMs);
  return [
    finding('D-DEADLINE', {
      section: 'header',
      cells: ['header.publishDate', 'header.category'],
      left: publishDate,
      right: deadline,
      message: `发布日期 ${publishDate} 晚于${category}的发布期限 ${deadline}（${month} 月 ${day} 日前），晚了 ${daysLate} 天。`,
    }),
  ];
};
