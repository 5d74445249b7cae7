// Bring in a published report: its text as pasted, or its web page. The source becomes numbered
// lines, the lines are cut into the six sections by their headings, and each section is read by
// its own module into one collector. The result is a report valid per reportSchema, with an
// account of where each figure came from and every line left out, and findings on what the
// importer had to decide. It never throws; it fails only when no report year can be found.

import { emptyReview } from '../review/schema.ts';
import { findingSections } from '../rules/finding.ts';
import { reportSchema, type Report } from '../report.ts';
import { createCollector, leaveOut, type Collector } from './collector.ts';
import { deriveEdition } from './edition.ts';
import { importFinding, type ImportFinding } from './findings.ts';
import { reportMissingRows } from './missingRows.ts';
import { readHeader } from './header.ts';
import { readHtmlLines } from './html/readHtml.ts';
import { readOtherMatters, readOverview, readProblems } from './narrative.ts';
import { findOutline } from './outline.ts';
import { withoutNextReport } from './nextReport.ts';
import type { SourceKind } from './paragraphs.ts';
import { normaliseRadicals } from './radicals.ts';
import type { ImportOptions, ImportOutcome } from './result.ts';
import { isPageMark, isWebChrome, readTextLines, type SourceLine } from './source.ts';
import { readTable2 } from './table2.ts';
import { readTable3 } from './table3.ts';
import { readTable4 } from './table4.ts';

// Radicals become ideographs before anything is read: text out of a PDF spells 人 as ⼈ (radicals.ts).
export function importReportText(text: string, options: ImportOptions = {}): ImportOutcome {
  options.onStep?.('读取各行');
  return importLines(readTextLines(normaliseRadicals(text)), 'text', options);
}

export function importReportHtml(html: string, options: ImportOptions = {}): ImportOutcome {
  options.onStep?.('读取各行');
  return importLines(readHtmlLines(normaliseRadicals(html)), 'html', options);
}

/**
 * No line of a report comes near this (section 一 is meant to stay under 1,000 characters). A
 * longer one is set aside unread: past a few million characters some of the readers' patterns
 * would exhaust the stack, and nothing in it could be placed anyway.
 */
export const longestLine = 20_000;

function setAsideOverlong(line: SourceLine, collector: Collector): void {
  const shortened = { ...line, text: line.text.slice(0, 20), cells: [] };
  leaveOut(collector, shortened, `这一行长达 ${line.text.length} 字，远超年报的任何段落，未读入`, {
    section: 'header',
    hadFigures: true,
  });
}

/** Page numbers and the web page's own furniture are set aside before anything is read. */
function withoutNoise(lines: readonly SourceLine[], collector: Collector): SourceLine[] {
  const kept: SourceLine[] = [];
  for (const line of lines) {
    if (line.text.length > longestLine) {
      setAsideOverlong(line, collector);
      continue;
    }
    const noise = isPageMark(line.text)
      ? '页码'
      : isWebChrome(line.text)
        ? '网页的版权、打印等栏目'
        : undefined;
    if (noise) leaveOut(collector, line, noise);
    else kept.push(line);
  }
  return kept;
}

function importLines(
  lines: readonly SourceLine[],
  kind: SourceKind,
  options: ImportOptions,
): ImportOutcome {
  const collector = createCollector();
  options.onStep?.('划分各部分');
  const outline = findOutline(withoutNoise(lines, collector), collector);
  const header = readHeader(outline.header, kind, collector, options.fallbackYear);
  if (!header.ok) return { ok: false, message: header.message };
  const { agencyName, year, preamble } = header.header;

  options.onStep?.('读取表格');
  readTable2(outline.sections.t2, collector);
  const table3Layout = readTable3(outline.sections.t3, collector);
  readTable4(outline.sections.t4, collector);
  reportMissingRows(collector, table3Layout, outline.sections);
  options.onStep?.('读取文字部分');
  const overview = readOverview(outline.sections.s1, kind, collector);
  const problems = readProblems(outline.sections.s5, kind);
  const { otherMatters, signatureDate } = readOtherMatters(
    withoutNextReport(outline.sections.s6, collector),
    kind,
    agencyName,
    collector,
  );
  const publishDate = header.header.publishDate ?? signatureDate;
  reportHeaderGaps(collector, agencyName, publishDate);

  options.onStep?.('核对结果');
  const parsed = reportSchema.safeParse({
    header: { agencyName, year, category: null, publishDate },
    preamble,
    table3Layout,
    cells: collector.cells,
    declared: collector.declared,
    overview,
    problems,
    otherMatters,
    review: emptyReview,
  } satisfies Report);
  if (!parsed.success) {
    // Every value was read through the model's own parsers; this is a bug, not a bad source.
    return {
      ok: false,
      message: `导入结果不符合报告格式：${parsed.error.issues[0]?.message ?? ''}`,
    };
  }
  const edition = deriveEdition(collector);
  return {
    ok: true,
    report: parsed.data,
    edition,
    account: {
      cells: collector.account,
      unplaced: byLine(collector.unplaced),
      notes: byLine(collector.notes),
    },
    findings: inReadingOrder(collector.findings),
  };
}

function reportHeaderGaps(collector: Collector, agencyName: string, publishDate: string | null) {
  const header = { section: 'header', line: null } as const;
  collector.findings.push(
    importFinding('I-HEADER', {
      ...header,
      cells: ['header.category'],
      message: '机关类别无法从报告中得知，请选择（它决定发布期限和规章件数的检查）。',
    }),
  );
  if (agencyName === '') {
    collector.findings.push(
      importFinding('I-HEADER', {
        ...header,
        severity: 'warning',
        cells: ['header.agencyName'],
        message: '未找到机关名称，请填写。',
      }),
    );
  }
  if (publishDate === null) {
    collector.findings.push(
      importFinding('I-HEADER', {
        ...header,
        cells: ['header.publishDate'],
        message: '未找到发布日期（标题下或文末的日期），请填写。',
      }),
    );
  }
}

const byLine = <T extends { readonly line: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.line - b.line);

function inReadingOrder(findings: readonly ImportFinding[]): ImportFinding[] {
  const rank = (finding: ImportFinding) => findingSections.indexOf(finding.section);
  return [...findings].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}
