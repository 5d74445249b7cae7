// The report's words: title, date, the opening paragraphs, sections 一, 五 and 六, and the
// signature. Typed text becomes paragraphs; nothing is added that the report does not say.

import { headerLabels } from '../../model/form/header.ts';
import { overviewParts, sectionHeadings, type SectionId } from '../../model/form/sections.ts';
import { chineseDate, reportTitle } from '../../model/title.ts';
import { findingMark, type RenderContext } from './context.ts';
import { h, type Child, type Element } from './element.ts';

/** One paragraph per line of typed text; blank lines only separate. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const paragraph = (...children: Child[]) => h('p', {}, ...children);

export const paragraphs = (text: string): Element[] =>
  splitParagraphs(text).map((line) => paragraph(line));

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (as far as a list of items will ever go). */
export function chineseNumeral(n: number): string {
  if (n < 10) return digits[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${digits[n % 10] ?? ''}`;
}

export function renderTitleBlock(context: RenderContext): Element[] {
  const { header, preamble } = context.report;
  const dateMark = findingMark(context, ['header.publishDate']);
  const titleAddresses = ['header.agencyName', 'header.year', 'header.category'];
  // Without a date line, a finding about the date is marked on the title.
  if (header.publishDate === null) titleAddresses.push('header.publishDate');
  const dateLine =
    header.publishDate === null
      ? []
      : [
          h(
            'p',
            { class: 'publish-date' },
            `${headerLabels.publishDate}：${chineseDate(header.publishDate)}`,
            dateMark,
          ),
        ];
  return [
    h(
      'h1',
      {},
      // Two unbreakable-where-possible parts, so a title too long for one line breaks between
      // the agency's name and 「2024年政府信息公开工作年度报告」, not inside a word.
      h('span', { class: 'title-part' }, header.agencyName.trim()),
      h('span', { class: 'title-part' }, reportTitle({ agencyName: '', year: header.year })),
      findingMark(context, titleAddresses),
    ),
    ...dateLine,
    ...paragraphs(preamble),
    // The 导语 often states the period itself (the editor's hint asks for it): say it once.
    ...(statesPeriod(preamble)
      ? []
      : [
          paragraph(`本报告所列数据的统计期限为${header.year}年1月1日至${header.year}年12月31日。`),
        ]),
  ];
}

/**
 * Whether a text states the statistical period: it speaks of a 统计期限 (or 时限/区间), or spans
 * 1月1日 to 12月31日 as the standard sentence does.
 */
export function statesPeriod(text: string): boolean {
  return (
    /统计(?:期限|时限|区间|时段)/u.test(text) ||
    /1\s*月\s*1\s*日\s*(?:至|到|—|－|-|~|～)\s*(?:\d{4}\s*年\s*)?12\s*月\s*31\s*日/u.test(text)
  );
}

export function sectionHeading(
  context: RenderContext,
  section: SectionId,
  addresses: readonly string[] = [],
): Element {
  return h(
    'h2',
    { id: `report-section-${section}` },
    sectionHeadings[section],
    findingMark(context, addresses),
  );
}

/**
 * A part headed by a run-in label: 「（一）主动公开。」 then the first paragraph on the same line.
 * A text that already begins with its label is not labelled twice.
 */
function labelledParagraphs(label: string, text: string, mark: Child): Element[] {
  const [first = '', ...rest] = splitParagraphs(text);
  const opening = first.startsWith(label)
    ? paragraph(h('span', { class: 'run-in' }, label, mark), first.slice(label.length))
    : paragraph(h('span', { class: 'run-in' }, `${label}。`, mark), first);
  return [opening, ...rest.map((line) => paragraph(line))];
}

export function renderOverview(context: RenderContext): Element[] {
  const { overview } = context.report;
  return [
    sectionHeading(context, 's1', ['s1.summary']),
    ...overviewParts.flatMap((part) =>
      part.id === 'summary'
        ? paragraphs(overview.summary)
        : labelledParagraphs(
            part.label,
            overview[part.id],
            findingMark(context, [`s1.${part.id}`]),
          ),
    ),
  ];
}

export function renderProblems(context: RenderContext): Element[] {
  return [sectionHeading(context, 's5', ['s5.text']), ...paragraphs(context.report.problems)];
}

/** 信息处理费 in 元 as stored; 0 is said as "未收取", a blank fee is not mentioned at all. */
function feeStatement(context: RenderContext): Element | undefined {
  const { otherMatters, header } = context.report;
  const fee = otherMatters.processingFee;
  if (fee === null) return undefined;
  const text =
    fee === '0'
      ? `${header.year}年度未收取信息处理费。`
      : `${header.year}年度收取信息处理费${fee}元。`;
  return paragraph(text, findingMark(context, ['s6.processingFee']));
}

export function renderOtherMatters(context: RenderContext): Element[] {
  const { otherMatters } = context.report;
  const fee = feeStatement(context);
  const items = otherMatters.items.filter((item) => item.title.trim() || item.text.trim());
  return [
    sectionHeading(context, 's6', fee ? [] : ['s6.processingFee']),
    ...(fee ? [fee] : []),
    ...paragraphs(otherMatters.text),
    ...items.flatMap((item, i) => {
      const title = item.title.trim();
      if (!title) return paragraphs(item.text);
      return labelledParagraphs(`（${chineseNumeral(i + 1)}）${title}`, item.text, undefined);
    }),
  ];
}

export function renderSignature(context: RenderContext): Element | undefined {
  const { agencyName, publishDate } = context.report.header;
  if (!agencyName.trim() && publishDate === null) return undefined;
  return h(
    'div',
    { class: 'signature' },
    agencyName.trim() && h('p', {}, agencyName.trim()),
    publishDate !== null && h('p', {}, chineseDate(publishDate)),
  );
}
