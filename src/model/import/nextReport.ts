// A text may hold more than one report: pasted twice, or a 汇编 of several agencies' reports in one
// PDF. The first is read; the next begins at its title, which can only fall in section 六, the
// last section of the first. Without this, the whole of the next report (its tables' rows
// included) was read as section 六's text and items, and nothing said so. A title that no
// 一、总体情况 follows is a page's running header (页眉) instead, and only that line is left out.

import { sectionHeadings } from '../form/sections.ts';
import { leaveOut, type Collector } from './collector.ts';
import { halfWidthDigits } from './dates.ts';
import { importFinding } from './findings.ts';
import { isTitleLine, looksLikeAgency } from './header.ts';
import { splitNumbering } from './labels.ts';
import type { SourceLine } from './source.ts';

const overview = splitNumbering(sectionHeadings.s1);

/** 一、总体情况: a report's first section, which only a next report has after its title. */
function isOverviewHeading(line: SourceLine): boolean {
  const { numbering, body } = splitNumbering(line.text);
  return numbering === overview.numbering && body.startsWith(overview.body);
}

/** Section 六's lines up to the next report's title, without running headers. */
export function withoutNextReport(
  lines: readonly SourceLine[],
  collector: Collector,
): SourceLine[] {
  const lastOverview = lines.findLastIndex(isOverviewHeading);
  const next = lines.findIndex((line, i) => i < lastOverview && isTitleLine(line.text));
  const start = next < 0 ? lines.length : withNameAbove(lines, next);
  if (next >= 0) leaveOutNextReport(lines.slice(start), lines[next], collector);
  return lines.slice(0, start).filter((line) => {
    const isRunningHeader = isTitleLine(line.text);
    if (isRunningHeader) leaveOut(collector, line, '页眉（报告标题）');
    return !isRunningHeader;
  });
}

/**
 * 「乙局」 over 「2024年政府信息公开工作年度报告」: the name belongs to the next report, unless it is
 * the first line of section 六 (then it is the section's own text, such as 「无」).
 */
function withNameAbove(lines: readonly SourceLine[], title: number): number {
  const above = lines[title - 1];
  const titleLine = lines[title];
  const hasNameAbove =
    title > 1 &&
    above !== undefined &&
    titleLine !== undefined &&
    /^\s*\d{4}/u.test(halfWidthDigits(titleLine.text)) &&
    looksLikeAgency(above.text);
  return hasNameAbove ? title - 1 : title;
}

function leaveOutNextReport(
  rest: readonly SourceLine[],
  title: SourceLine | undefined,
  collector: Collector,
): void {
  const first = rest[0];
  if (!first || !title) return;
  for (const line of rest) leaveOut(collector, line, '另一份年度报告的内容');
  collector.findings.push(
    importFinding('I-SECTION', {
      section: 's6',
      line: first.line,
      message: `第 ${first.line} 行起是另一份年度报告（“${title.text}”）：只读入了它之前的一份，其后 ${rest.length} 行未读入。如需导入那一份，请单独粘贴或导入。`,
    }),
  );
}
