// A report as its printed page shows it, for comparing with what an import brings back: text
// trimmed line by line with blank lines and runs of white space gone (as a browser shows it), the
// statement of 信息处理费 and numbered items as section 六 prints them, no category and no review
// (a published page carries neither). CJK radicals come back as the ideographs they stand for:
// every import maps them (radicals.ts).

import type { Report } from '../../report.ts';
import { emptyReview } from '../../review/schema.ts';
import { normaliseRadicals } from '../radicals.ts';

const showLine = (line: string) => normaliseRadicals(line.trim().replace(/[ \t\n\f\r]+/gu, ' '));

export function publishedText(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map(showLine)
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Items print as 「（n）title。text」 when titled; an untitled item prints as plain paragraphs,
 * which read back as more text of the item (or the section) before it.
 */
function publishedOtherMatters(otherMatters: Report['otherMatters']): Report['otherMatters'] {
  const text = [publishedText(otherMatters.text)];
  const items: { title: string; text: string[] }[] = [];
  for (const item of otherMatters.items) {
    const title = showLine(item.title);
    const itemText = publishedText(item.text);
    if (title !== '') items.push({ title, text: [itemText] });
    else (items.at(-1)?.text ?? text).push(itemText);
  }
  const join = (parts: readonly string[]) => parts.filter((part) => part !== '').join('\n');
  return {
    processingFee: otherMatters.processingFee,
    text: join(text),
    items: items.map((item) => ({ title: item.title, text: join(item.text) })),
  };
}

export function publishedReport(report: Report): Report {
  const overview = Object.fromEntries(
    Object.entries(report.overview).map(([part, text]) => [part, publishedText(text)]),
  ) as Report['overview'];
  return {
    ...report,
    header: { ...report.header, agencyName: showLine(report.header.agencyName), category: null },
    preamble: publishedText(report.preamble),
    overview,
    problems: publishedText(report.problems),
    otherMatters: publishedOtherMatters(report.otherMatters),
    review: emptyReview,
  };
}

const sentenceEnd = '。';

/** Every paragraph of every text ends a sentence: plain text cannot tell such breaks from copying's. */
export function withSentences(report: Report): Report {
  const end = (text: string) =>
    publishedText(text)
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (line.endsWith(sentenceEnd) ? line : line + sentenceEnd))
      .join('\n');
  return {
    ...report,
    preamble: end(report.preamble),
    overview: Object.fromEntries(
      Object.entries(report.overview).map(([part, text]) => [part, end(text)]),
    ) as Report['overview'],
    problems: end(report.problems),
    otherMatters: {
      ...report.otherMatters,
      text: end(report.otherMatters.text),
      items: report.otherMatters.items.map((item) => ({ title: item.title, text: end(item.text) })),
    },
  };
}

/**
 * Item titles without 。: section 六 prints an item as 「（一）title。text」, so a full stop inside
 * the title could not be told from the one that ends it.
 */
export function withPlainItemTitles(report: Report): Report {
  const items = report.otherMatters.items.map((item) => ({
    ...item,
    title: item.title.replaceAll(sentenceEnd, ''),
  }));
  return { ...report, otherMatters: { ...report.otherMatters, items } };
}
