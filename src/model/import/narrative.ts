// Sections 一, 五 and 六 as text. Section 一 is split into its summary and the five parts 30号文
// names where the report marks them （一）…（五）, dropping the run-in label 「（一）主动公开。」;
// section 六 yields the 信息处理费 statement, its numbered items and a closing signature.

import { overviewParts } from '../form/sections.ts';
import type { OtherMatters, Overview } from '../report.ts';
import { canonicalDecimal, fractionDigits } from '../decimal.ts';
import { processingFeeScale } from '../values.ts';
import { noteLine, type Collector } from './collector.ts';
import { readDateLine } from './dates.ts';
import { importFinding } from './findings.ts';
import { compactLabel, labelSimilarity, splitNumbering, textAfterCompact } from './labels.ts';
import { joinParagraphs, toParagraphs, type Paragraph, type SourceKind } from './paragraphs.ts';
import type { SourceLine } from './source.ts';

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 → 1, 十 → 10, 十二 → 12, 二十一 → 21. */
function numeralValue(numeral: string): number | undefined {
  const value = (char: string | undefined) => chineseNumerals.indexOf(char ?? '') + 1;
  if (Array.from(numeral).length === 1) return value(numeral) || undefined;
  const match = /^([二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(numeral);
  if (!match) return undefined;
  return (match[1] ? value(match[1]) : 1) * 10 + (match[2] ? value(match[2]) : 0);
}

const partMarker = /^[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*/u;

/** The five parts after the summary, each with its label's words: （一）主动公开 → 主动公开. */
const parts = overviewParts.flatMap((part) =>
  part.id === 'summary' ? [] : [{ id: part.id, body: splitNumbering(part.label).body }],
);

type PartId = (typeof parts)[number]['id'];

/**
 * The part of section 一 a paragraph opens, and the paragraph without its run-in label: 「（一）主动
 * 公开。」, 「（一）主动公开情况：」, or 「（一）主动公开」 on a line of its own.
 */
function openPart(text: string): { id: PartId; rest: string } | undefined {
  const marker = partMarker.exec(text);
  const part = marker ? parts[(numeralValue(marker[1] ?? '') ?? 0) - 1] : undefined;
  if (!marker || !part) return undefined;
  const after = text.slice(marker[0].length);
  const runIn = /^(.{1,24}?)[。：:．]\s*/u.exec(after);
  const label = runIn?.[1] ?? (Array.from(after).length <= 24 ? after : undefined);
  if (label !== undefined) {
    const compact = compactLabel(label);
    if (labelSimilarity(compact, part.body) >= 0.5 || compact.includes(part.body)) {
      return { id: part.id, rest: runIn ? after.slice(runIn[0].length) : '' };
    }
  }
  return compactLabel(after).startsWith(part.body)
    ? { id: part.id, rest: textAfterCompact(after, part.body.length).trimStart() }
    : undefined;
}

export function readOverview(
  lines: readonly SourceLine[],
  kind: SourceKind,
  collector: Collector,
): Overview {
  const texts: Record<keyof Overview, string[]> = {
    summary: [],
    activeDisclosure: [],
    requestDisclosure: [],
    informationManagement: [],
    platformBuilding: [],
    supervision: [],
  };
  let current: keyof Overview = 'summary';
  const opened = new Set<PartId>();
  for (const paragraph of toParagraphs(lines, kind)) {
    const part = openPart(paragraph.text);
    if (part && !opened.has(part.id)) {
      opened.add(part.id);
      current = part.id;
      if (part.rest !== '') texts[current].push(part.rest);
      continue;
    }
    if (partMarker.test(paragraph.text) && !part) {
      collector.findings.push(
        importFinding('I-LABEL', {
          section: 's1',
          line: paragraph.line.line,
          left: paragraph.text.slice(0, 24),
          message: `第 ${paragraph.line.line} 行的小标题与 30号文所列总体情况的五个方面不对应，连同标题放在前一部分中。`,
        }),
      );
    }
    texts[current].push(paragraph.text);
  }
  const join = (part: keyof Overview) => texts[part].join('\n');
  return {
    summary: join('summary'),
    activeDisclosure: join('activeDisclosure'),
    requestDisclosure: join('requestDisclosure'),
    informationManagement: join('informationManagement'),
    platformBuilding: join('platformBuilding'),
    supervision: join('supervision'),
  };
}

export const readProblems = (lines: readonly SourceLine[], kind: SourceKind) =>
  joinParagraphs(toParagraphs(lines, kind));

/** 「2024年度未收取信息处理费。」「本年度收取信息处理费 3940 元。」: a paragraph that only states the fee. */
const feeStatement =
  /^(?:\d{4}\s*年度?|本年度?|全年|今年)?\s*[，,]?\s*(?:本机关|本单位|我单位|我局|我委|我办)?\s*(?:共\s*)?(?:未收取(?:任何)?(?:政府信息公开)?信息处理费|收取(?:政府信息公开)?信息处理费\s*(?:共\s*)?(\d+(?:\.\d+)?)\s*元)\s*[。.]?$/u;

function readFee(text: string): string | undefined {
  const match = feeStatement.exec(text);
  if (!match) return undefined;
  if (match[1] === undefined) return '0';
  const amount = canonicalDecimal(match[1]);
  return amount !== undefined && fractionDigits(amount) <= processingFeeScale ? amount : undefined;
}

export interface OtherMattersReading {
  readonly otherMatters: OtherMatters;
  /** The date of a signature closing the report, if any. */
  readonly signatureDate: string | null;
}

export function readOtherMatters(
  lines: readonly SourceLine[],
  kind: SourceKind,
  agencyName: string,
  collector: Collector,
): OtherMattersReading {
  const paragraphs = toParagraphs(lines, kind);
  const signatureDate = takeSignature(paragraphs, agencyName, collector);
  let processingFee: string | null = null;
  let lastNumber = 0;
  const feeIndex = paragraphs.findIndex((paragraph) => readFee(paragraph.text) !== undefined);
  const fee = paragraphs[feeIndex];
  if (fee) {
    processingFee = readFee(fee.text) ?? null;
    noteLine(collector, fee.line, '信息处理费');
    paragraphs.splice(feeIndex, 1);
  }
  const text: string[] = [];
  const items: { title: string; text: string[] }[] = [];
  for (const paragraph of paragraphs) {
    const item = openItem(paragraph.text, lastNumber);
    if (item) {
      lastNumber = item.number;
      items.push({ title: item.title, text: item.text === '' ? [] : [item.text] });
    } else {
      (items.at(-1)?.text ?? text).push(paragraph.text);
    }
  }
  return {
    otherMatters: {
      processingFee,
      text: text.join('\n'),
      items: items.map((item) => ({ title: item.title, text: item.text.join('\n') })),
    },
    signatureDate,
  };
}

/**
 * 「（一）title。text」, or 「（一）title」 on a line of its own: an item of section 六, numbered
 * after the one before (an untitled item between them prints no number of its own).
 */
function openItem(text: string, lastNumber: number) {
  const marker = partMarker.exec(text);
  const number = marker ? numeralValue(marker[1] ?? '') : undefined;
  if (!marker || number === undefined || number <= lastNumber) return undefined;
  const after = text.slice(marker[0].length);
  const stop = after.indexOf('。');
  return stop < 0
    ? { number, title: after, text: '' }
    : { number, title: after.slice(0, stop), text: after.slice(stop + 1) };
}

/** A report may end with the agency's name and the date; they are its signature, not section 六's text. */
function takeSignature(
  paragraphs: Paragraph[],
  agencyName: string,
  collector: Collector,
): string | null {
  const last = paragraphs.at(-1);
  const date = last ? readDateLine(last.text) : undefined;
  if (!last || date?.kind !== 'date') return null;
  paragraphs.pop();
  noteLine(collector, last.line, '落款日期');
  const name = paragraphs.at(-1);
  if (name && agencyName !== '' && compactLabel(name.text) === compactLabel(agencyName)) {
    paragraphs.pop();
    noteLine(collector, name.line, '落款机关');
  }
  return date.iso;
}
