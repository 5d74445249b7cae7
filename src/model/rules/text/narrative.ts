// The narrative fields of a report, by address, and the sentences within a text.

import { overviewParts, sectionHeadings } from '../../form/sections.ts';
import type { Report } from '../../report.ts';
import type { FindingSection } from '../finding.ts';

export interface NarrativeField {
  /** Address in the README's scheme: preamble, s1.summary, s5.text, s6.items.0.text … */
  readonly address: string;
  readonly section: FindingSection;
  /** The field's name in a message, e.g. 一、总体情况·（二）依申请公开. */
  readonly label: string;
  readonly text: string;
  /** 一（二）依申请公开: a text about applications, where a bare 申请 means 政府信息公开申请. */
  readonly isAboutRequests: boolean;
}

const overviewFields = overviewParts.map((part) => ({
  address: `s1.${part.id}`,
  id: part.id,
  label: part.id === 'summary' ? sectionHeadings.s1 : `${sectionHeadings.s1}·${part.label}`,
}));

/** The texts whose figures T-TEXT reads, in printed order; empty ones are left out. */
export function narrativeFields(report: Report): NarrativeField[] {
  const { overview, otherMatters } = report;
  const fields: NarrativeField[] = [
    field('preamble', 'header', '导语', report.preamble),
    ...overviewFields.map(({ address, id, label }) =>
      field(address, 's1', label, overview[id], id === 'requestDisclosure'),
    ),
    field('s5.text', 's5', sectionHeadings.s5, report.problems),
    field('s6.text', 's6', sectionHeadings.s6, otherMatters.text),
    ...otherMatters.items.map((item, i) =>
      field(
        `s6.items.${i}.text`,
        's6',
        `${sectionHeadings.s6}·${item.title.trim() || `第 ${i + 1} 项`}`,
        item.text,
      ),
    ),
  ];
  return fields.filter((f) => f.text !== '');
}

function field(
  address: string,
  section: FindingSection,
  label: string,
  text: string,
  isAboutRequests = false,
): NarrativeField {
  return { address, section, label, text, isAboutRequests };
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

const sentenceEnd = /[。！？!?\n]/g;

/**
 * Sentences as [start, end) offsets (UTF-16 units, as JavaScript indexes strings), end past the
 * closing mark; leading and trailing white space is left out. A semicolon does not end a
 * sentence: lists (其中……；……) run across semicolons.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const match of text.matchAll(sentenceEnd)) {
    push(match.index + 1);
    start = match.index + 1;
  }
  push(text.length);
  return spans;
}
