// What one text states: figures tied to a measure, claims that every application was answered,
// and 其中 lists. It depends on the text alone, so it is remembered per text: the editor checks
// the whole report on every keystroke while all texts but one stay as they were.

import { readEnumerations, type Enumeration } from './enumerations.ts';
import { resultMeasures, type MeasureId } from './measures.ts';
import { splitSentences, type Span } from './narrative.ts';
import { readNumber } from './numerals.ts';
import {
  allAnsweredPattern,
  statementPatterns,
  subjectPattern,
  type StatementContext,
  type Subject,
} from './patterns.ts';

export interface Sentence extends Span {
  readonly mentionsApplication: boolean;
  readonly mentionsDisclosure: boolean;
  /** Names 上年结转: a count of applications “received” may then include those carried over. */
  readonly mentionsCarryOver: boolean;
  /** About 公文 and their 公开属性, where 予以公开 N 件 counts documents, not applications. */
  readonly isAboutDocuments: boolean;
}

export interface Statement {
  readonly measure: MeasureId;
  readonly value: number;
  readonly unit: string;
  /** Offset of the figure (or of the negated phrase) in the text. */
  readonly at: number;
  readonly sentence: Sentence;
  readonly context: StatementContext;
  /**
   * The figure counts part of something, or an earlier year: the sentence narrows it before
   * (新收的申请中，…) or its clause compares (较上年、同比).
   */
  readonly isQualified: boolean;
  /** Years (2023 年) the sentence names before the figure. */
  readonly years: readonly number[];
}

export interface AllAnsweredClaim {
  readonly at: number;
  readonly sentence: Sentence;
}

export interface TextStatements {
  readonly statements: readonly Statement[];
  readonly claims: readonly AllAnsweredClaim[];
  readonly enumerations: readonly Enumeration[];
}

const narrowing = /(?<!其)中[，,：:]|(?:申请|件)中/;
const comparing = /上一?年|去年|同期|同比|相比|较|比/;
const clauseBreak = /[，,；;：:]/g;
const yearMention = /((?:19|20)\d{2})\s*年/g;
const carryOverMention = /(?:上一?年度?|去年)(?:结转|遗留)|结转上一?年/;

function describeSentence(text: string, span: Span): Sentence {
  const words = text.slice(span.start, span.end);
  return {
    ...span,
    mentionsApplication: words.includes('申请'),
    mentionsDisclosure: words.includes('信息公开') || words.includes('依申请公开'),
    mentionsCarryOver: carryOverMention.test(words),
    isAboutDocuments: words.includes('公文') || words.includes('公开属性'),
  };
}

function lastClause(before: string): string {
  let start = 0;
  for (const match of before.matchAll(clauseBreak)) start = match.index + 1;
  return before.slice(start);
}

/** The 表二 subject named last before `at` in the sentence, if only one kind is named there. */
function subjectBefore(before: string): Subject | undefined {
  const named = new Set<Subject>();
  for (const match of before.matchAll(subjectPattern)) {
    named.add(match[0] === '规章' ? 'rules' : 'docs');
  }
  return named.size === 1 ? [...named][0] : undefined;
}

const sentenceAt = (sentences: readonly Sentence[], index: number) =>
  sentences.find((s) => s.start <= index && index < s.end);

function readStatements(text: string, sentences: readonly Sentence[]): Statement[] {
  const seen = new Set<string>();
  const statements: Statement[] = [];
  for (const pattern of statementPatterns) {
    if (!pattern.triggers.some((word) => text.includes(word))) continue;
    for (const match of text.matchAll(pattern.regex)) {
      const groups = match.groups ?? {};
      const at = match.indices?.groups?.n?.[0] ?? match.index;
      const value = pattern.isZero ? 0 : readNumber(groups.n ?? '');
      const sentence = sentenceAt(sentences, at);
      if (value === undefined || sentence === undefined) continue;
      const before = text.slice(sentence.start, match.index);
      for (const measure of pattern.measures(groups, subjectBefore(before))) {
        const key = `${measure}@${at}`;
        if (seen.has(key)) continue;
        seen.add(key);
        statements.push({
          measure,
          value,
          unit: groups.u ?? '件',
          at,
          sentence,
          context: pattern.context,
          isQualified: narrowing.test(before) || comparing.test(lastClause(before)),
          years: [...before.matchAll(yearMention)].map((m) => Number(m[1])),
        });
      }
    }
  }
  statements.sort((a, b) => a.at - b.at);
  return narrowLists(text, statements);
}

/**
 * “上年结转 2 件，其中 1 件不予处理” counts how the carried-over ones ended, not the year's
 * results: results listed under a 其中 whose whole is a figure other than those received or
 * concluded are qualified.
 */
function narrowLists(text: string, statements: Statement[]): Statement[] {
  return statements.map((statement) => {
    if (statement.isQualified || !resultMeasures.has(statement.measure)) return statement;
    const { sentence } = statement;
    const list = text.lastIndexOf('其中', statement.at);
    if (list < sentence.start) return statement;
    const whole = statements.findLast((s) => s.sentence === sentence && s.at < list);
    const isUnderOther = whole && whole.measure !== 'received' && whole.measure !== 'concluded';
    return isUnderOther ? { ...statement, isQualified: true } : statement;
  });
}

function readClaims(text: string, sentences: readonly Sentence[]): AllAnsweredClaim[] {
  const claims: AllAnsweredClaim[] = [];
  for (const match of text.matchAll(allAnsweredPattern)) {
    const sentence = sentenceAt(sentences, match.index);
    if (sentence) claims.push({ at: match.index, sentence });
  }
  return claims;
}

function readTextUncached(text: string): TextStatements {
  const sentences = splitSentences(text).map((span) => describeSentence(text, span));
  const statements = readStatements(text, sentences);
  return {
    statements,
    // A claim is read only after a count of received applications.
    claims: statements.some((s) => s.measure === 'received') ? readClaims(text, sentences) : [],
    enumerations: sentences.flatMap((sentence) => readEnumerations(text, sentence)),
  };
}

const nothingStated: TextStatements = { statements: [], claims: [], enumerations: [] };

/** Every word some pattern needs; most texts (一（三）政府信息管理, say) contain none. */
const anyTrigger = new RegExp(
  [...new Set([...statementPatterns.flatMap((p) => p.triggers), '其中'])].join('|'),
);

/** Enough for every text of a few reports open at once; the oldest entry goes first. */
const cacheLimit = 256;
const cache = new Map<string, TextStatements>();

export function readText(text: string): TextStatements {
  const known = cache.get(text);
  if (known) return known;
  const read = anyTrigger.test(text) ? readTextUncached(text) : nothingStated;
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value ?? '');
  cache.set(text, read);
  return read;
}
