// The lines before section 一: the title (agency and year, possibly split over lines), the
// publication date, and the preamble. A sentence giving the statistics period is dropped when it
// is the one the printed report generates from the year anyway.

import { firstReportYear, lastReportYear } from '../report.ts';
import { leaveOut, noteLine, type Collector } from './collector.ts';
import { halfWidthDigits, readDateLine } from './dates.ts';
import { importFinding } from './findings.ts';
import { collapseWhiteSpace } from './html/textContent.ts';
import { joinParagraphs, toParagraphs, type SourceKind } from './paragraphs.ts';
import type { SourceLine } from './source.ts';

const spaced = (phrase: string) => Array.from(phrase).join('\\s*');

const chineseDigits = '〇一二三四五六七八九';
/**
 * Digits as the patterns read them: full-width ones half-width, and a year in Chinese numerals
 * (「二〇二四年」, also written with ○ or 零) in Arabic ones, character for character so that
 * positions in the text stay the same.
 */
const yearDigits = (text: string) =>
  halfWidthDigits(text).replace(/[〇○零一二三四五六七八九]{4}(?=\s*年)/gu, (year) =>
    Array.from(year, (digit) => String(Math.max(0, chineseDigits.indexOf(digit)))).join(''),
  );

/** 「……2024年政府信息公开工作年度报告」, 「2024 年度政府信息公开工作年度报告」. */
const titlePattern = new RegExp(
  `(\\d{4})\\s*年\\s*度?\\s*${spaced('政府信息公开工作年度报告')}`,
  'u',
);
/**
 * A line that is a report's title and nothing more (「乙局2024年政府信息公开工作年度报告」), not a
 * sentence that names one (「……年度报告已于1月在网站发布。」).
 */
export function isTitleLine(text: string): boolean {
  const read = yearDigits(text);
  const match = titlePattern.exec(read);
  return (
    match !== null &&
    text.length <= 80 &&
    /^[\s》」”）)]*$/u.test(read.slice(match.index + match[0].length))
  );
}

/** Looser, for a year when there is no title: 「2024 年度政府信息公开工作报告」. */
const yearPattern = new RegExp(
  `(\\d{4})\\s*年\\s*度?\\s*(?:政\\s*府\\s*)?${spaced('信息公开')}\\s*(?:工\\s*作\\s*)?(?:年\\s*度\\s*)?报\\s*告`,
  'u',
);

const statisticsPeriod =
  /^本报告(?:中)?所列(?:的)?数据(?:的)?统计期限为\s*(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:至|到|-|—|－)\s*(?:\d{4}\s*年\s*)?12\s*月\s*31\s*日\s*[。.]?$/u;

/** An agency name on a line of its own above the title: short, no sentence, no menu trail. */
export const looksLikeAgency = (text: string) =>
  text.length > 0 &&
  text.length <= 50 &&
  !/[。，,：:>|｜]/u.test(text) &&
  readDateLine(text).kind === 'none';

export interface HeaderReading {
  readonly agencyName: string;
  readonly year: number;
  readonly publishDate: string | null;
  readonly preamble: string;
}

interface TitleMatch {
  readonly first: number;
  readonly last: number;
  readonly agency: string;
  readonly year: number;
}

/** The last title before section 一 (a page may repeat it in its breadcrumbs or metadata). */
function findTitle(lines: readonly SourceLine[]): TitleMatch | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const title = titleAt(lines, i);
    if (title) return title;
  }
  return undefined;
}

/**
 * The title on line `i`, or on it and the next together (「2024 年政府信息公开」「工作年度报告」);
 * the agency is what precedes the year, or else the line above when it looks like a name.
 */
function titleAt(lines: readonly SourceLine[], i: number): TitleMatch | undefined {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line) return undefined;
  const candidates = [
    { last: i, text: line.text },
    ...(next ? [{ last: i + 1, text: line.text + next.text }] : []),
  ];
  for (const { last, text } of candidates) {
    const match = titlePattern.exec(yearDigits(text));
    if (!match) continue;
    const year = Number(match[1]);
    // 「关于××局2024年……年度报告的公告」「《××局2024年……》」: the name is what lies between.
    const agency = collapseWhiteSpace(text.slice(0, match.index)).replace(
      /^(?:关于|[《「“『\s])+/u,
      '',
    );
    const previous = lines[i - 1];
    if (agency === '' && previous && looksLikeAgency(previous.text)) {
      return { first: i - 1, last, agency: collapseWhiteSpace(previous.text), year };
    }
    return { first: i, last, agency, year };
  }
  return undefined;
}

export type HeaderOutcome =
  | { readonly ok: true; readonly header: HeaderReading }
  | { readonly ok: false; readonly message: string };

export function readHeader(
  lines: readonly SourceLine[],
  kind: SourceKind,
  collector: Collector,
  fallbackYear: number | undefined,
): HeaderOutcome {
  const title = findTitle(lines);
  const year = title?.year ?? findYear(lines) ?? fallbackYear;
  if (year === undefined) {
    return {
      ok: false,
      message:
        '未找到报告标题（“××××年政府信息公开工作年度报告”），无法确定报告年度；请连同标题一起粘贴，或指定报告年度。',
    };
  }
  if (year < firstReportYear || year > lastReportYear) {
    return {
      ok: false,
      message: `报告年度 ${year} 不在 ${firstReportYear}–${lastReportYear} 年之间。`,
    };
  }
  const before = title ? lines.slice(0, title.first) : [];
  for (const line of before) leaveOut(collector, line, '报告标题之前的内容');
  if (title) {
    for (const line of lines.slice(title.first, title.last + 1))
      noteLine(collector, line, '报告标题');
  } else {
    collector.findings.push(
      importFinding('I-HEADER', {
        section: 'header',
        line: null,
        severity: 'warning',
        cells: ['header.year'],
        right: year,
        message: `未找到报告标题，报告年度${fallbackYear === year ? '按指定' : '取自正文'}为 ${year} 年。`,
      }),
    );
  }
  let publishDate: string | null = null;
  const rest: SourceLine[] = [];
  for (const line of title ? lines.slice(title.last + 1) : lines) {
    const date = readDateLine(line.text);
    if (publishDate === null && date.kind === 'date') {
      publishDate = date.iso;
      noteLine(collector, line, '发布日期');
    } else if (date.kind === 'invalid') {
      leaveOut(collector, line, '不是有效的日期');
      collector.findings.push(
        importFinding('I-HEADER', {
          section: 'header',
          line: line.line,
          severity: 'warning',
          cells: ['header.publishDate'],
          message: `第 ${line.line} 行的日期“${line.text}”不是有效的日期，发布日期留空。`,
        }),
      );
    } else if (isStatisticsPeriod(line.text, year)) {
      leaveOut(collector, line, '统计期限句：打印时按报告年度自动生成');
    } else {
      rest.push(line);
    }
  }
  return {
    ok: true,
    header: {
      agencyName: title?.agency ?? '',
      year,
      publishDate,
      preamble: joinParagraphs(toParagraphs(rest, kind)),
    },
  };
}

function findYear(lines: readonly SourceLine[]): number | undefined {
  for (const line of lines) {
    const match = yearPattern.exec(yearDigits(line.text));
    if (match) return Number(match[1]);
  }
  return undefined;
}

function isStatisticsPeriod(text: string, year: number): boolean {
  const match = statisticsPeriod.exec(halfWidthDigits(collapseWhiteSpace(text)));
  return match !== null && Number(match[1]) === year;
}
