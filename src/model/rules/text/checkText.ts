// T-TEXT: figures the narrative states, compared with the tables. Warnings only: a text may count
// differently on purpose (备案 cases, applications handled for the government as a whole), and the
// reader of the message sees the sentence and the cells side by side.

import { t3 } from '../../form/cells.ts';
import { countAt, finding, showDifference, type CheckContext, type Rule } from '../context.ts';
import type { Finding } from '../finding.ts';
import type { Enumeration } from './enumerations.ts';
import { readText, type AllAnsweredClaim, type Statement } from './extract.ts';
import { measures, type TableFigure } from './measures.ts';
import { narrativeFields, type NarrativeField, type Span } from './narrative.ts';

export const checkTextFigures: Rule = (context) => {
  const findings: Finding[] = [];
  for (const field of narrativeFields(context.report)) {
    const { claims, enumerations } = readText(field.text);
    const trusted = statedFigures(field, context.report.header.year);
    for (const statement of trusted) {
      const mismatch = compareStatement(context, field, statement);
      if (mismatch) findings.push(mismatch);
    }
    for (const claim of claims) {
      const contradiction = checkAllAnswered(context, field, claim, trusted);
      if (contradiction) findings.push(contradiction);
    }
    for (const enumeration of enumerations) {
      const slip = checkEnumeration(field, enumeration);
      if (slip) findings.push(slip);
    }
  }
  return findings;
};

/** The figures of a field T-TEXT compares with the tables, in text order. */
export function statedFigures(field: NarrativeField, year: number): Statement[] {
  return readText(field.text).statements.filter((s) => isTrusted(s, field, year));
}

function isTrusted(statement: Statement, field: NarrativeField, year: number): boolean {
  if (statement.isQualified || statement.years.some((y) => y !== year)) return false;
  const { sentence } = statement;
  switch (statement.context) {
    case 'any':
      return true;
    case 'application':
      return (sentence.mentionsApplication || field.isAboutRequests) && !sentence.isAboutDocuments;
    case 'disclosure':
      return sentence.mentionsDisclosure || field.isAboutRequests;
    case 'requestsField':
      return field.isAboutRequests;
  }
}

function quoteOf(field: NarrativeField, span: Span) {
  return {
    field: field.address,
    start: span.start,
    end: span.end,
    text: field.text.slice(span.start, span.end),
  };
}

/** Whether the text's figure is the table's; a received count may include those carried over. */
function agrees(context: CheckContext, statement: Statement, figure: number): boolean {
  if (statement.value === figure) return true;
  if (statement.measure !== 'received' || !statement.sentence.mentionsCarryOver) return false;
  const carriedOver = countAt(context, t3('carriedOver', 'total'));
  return carriedOver !== null && statement.value === figure + carriedOver;
}

function compareStatement(
  context: CheckContext,
  field: NarrativeField,
  statement: Statement,
): Finding | undefined {
  const measure = measures[statement.measure];
  const figure: TableFigure = measure.figure(context);
  if (figure.value === null || agrees(context, statement, figure.value)) return undefined;
  const isMoney = statement.measure === 'processingFee';
  if (!isMoney && !Number.isInteger(statement.value)) return undefined;
  const quote = quoteOf(field, statement.sentence);
  const stated = `${measure.label} ${statement.value} ${statement.unit}`;
  return finding('T-TEXT', {
    section: field.section,
    cells: [...figure.cells, field.address],
    // Money stays decimal text: a difference of floats would print 0.09999999999999432.
    left: isMoney ? String(statement.value) : statement.value,
    right: isMoney ? String(figure.value) : figure.value,
    message: isMoney
      ? `${field.label}写“${quote.text}”，即${stated}，而${figure.name}填写为 ${figure.value} 元。`
      : `${field.label}写“${quote.text}”，即${stated}，而${figure.name}为 ${figure.value}，` +
        `${showDifference(statement.value, figure.value)}。`,
    quote,
  });
}

/**
 * “收到申请 N 件，均及时答复”: every application received this year was answered this year. So
 * no more can be carried forward than were carried over; if 结转下年度 exceeds 上年结转, some of
 * this year's applications were not answered. The claim counts only right after a trusted count
 * of received applications in the same sentence, with no other figure between them: 上年结转的
 * 2 件均已办结 says nothing about this year's.
 */
function checkAllAnswered(
  context: CheckContext,
  field: NarrativeField,
  claim: AllAnsweredClaim,
  trusted: readonly Statement[],
): Finding | undefined {
  const previous = trusted.findLast(
    (s) => s.sentence.start === claim.sentence.start && s.at < claim.at,
  );
  if (previous?.measure !== 'received') return undefined;
  const carriedForward = countAt(context, t3('carriedForward', 'total'));
  const carriedOver = countAt(context, t3('carriedOver', 'total'));
  if (carriedForward === null || carriedOver === null || carriedForward <= carriedOver) {
    return undefined;
  }
  const quote = quoteOf(field, claim.sentence);
  return finding('T-TEXT', {
    section: field.section,
    cells: [t3('carriedForward', 'total'), t3('carriedOver', 'total'), field.address],
    left: carriedForward,
    right: carriedOver,
    message:
      `${field.label}写“${quote.text}”，即本年收到的申请都已答复；而表三四、结转下年度继续办理为 ${carriedForward} 件，` +
      `多于二、上年结转的 ${carriedOver} 件，本年新收的申请中至少有 ${carriedForward - carriedOver} 件结转下年度。`,
    quote,
  });
}

function checkEnumeration(field: NarrativeField, list: Enumeration): Finding | undefined {
  const sum = list.parts.reduce((a, b) => a + b, 0);
  if (sum === list.whole || (sum < list.whole && !list.isExhaustive)) return undefined;
  const quote = quoteOf(field, list.sentence);
  const relation = sum > list.whole ? '多于' : '少于';
  return finding('T-TEXT', {
    section: field.section,
    cells: [field.address],
    left: sum,
    right: list.whole,
    message:
      `${field.label}写“${quote.text}”：其中所列各项相加为 ${list.parts.join('＋')}＝${sum} ${list.unit}，` +
      `${relation}总数 ${list.whole} ${list.unit}。`,
    quote,
  });
}
