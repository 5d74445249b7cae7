// A text may hold more than one report: pasted twice, or a 汇编 of several agencies' reports in one
// PDF. The first is read; the next begins at its title, which can only fall in section 六, the
// last section of the first. Without this, the whole of the next report (its tables' rows
// included) was read as section 六's text and items, and nothing said so.

import { leaveOut, type Collector } from './collector.ts';
import { halfWidthDigits } from './dates.ts';
import { importFinding } from './findings.ts';
import { isTitleLine, looksLikeAgency } from './header.ts';
import type { SourceLine } from './source.ts';

/** Section 六's lines up to the next report's title; the rest left out, said once. */
export function withoutNextReport(
  lines: readonly SourceLine[],
  collector: Collector,
): SourceLine[] {
  const title = lines.findIndex((line) => isTitleLine(line.text));
  if (title < 0) return [...lines];
  const titleLine = lines[title];
  const above = lines[title - 1];
  // 「乙局」 over 「2024年政府信息公开工作年度报告」: the name belongs to the next report, unless it
  // is the first line of section 六 (then it is the section's own text, such as 「无」).
  const hasNameAbove =
    title > 1 &&
    above !== undefined &&
    titleLine !== undefined &&
    /^\s*\d{4}/u.test(halfWidthDigits(titleLine.text)) &&
    looksLikeAgency(above.text);
  const start = hasNameAbove ? title - 1 : title;
  const rest = lines.slice(start);
  const first = rest[0];
  if (!first || !titleLine) return [...lines];
  for (const line of rest) leaveOut(collector, line, '另一份年度报告的内容');
  collector.findings.push(
    importFinding('I-SECTION', {
      section: 's6',
      line: first.line,
      message: `第 ${first.line} 行起是另一份年度报告（“${titleLine.text}”）：只读入了它之前的一份，其后 ${rest.length} 行未读入。如需导入那一份，请单独粘贴或导入。`,
    }),
  );
  return lines.slice(0, start);
}
