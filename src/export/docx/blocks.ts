// The printed report's element tree (../html/body.ts) as Word paragraphs and tables, so the Word
// file says exactly what the print says: one walk, with each tag and class of the print mapped to
// the paragraph settings its stylesheet gives it.

import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type Table } from 'docx';
import { isElement, type Element, type Node } from '../html/element.ts';
import { elementText } from '../tableGrid.ts';
import { runsOf, textRun } from './runs.ts';
import { body, hasClass, pt, styleOf, textWidth, type RunStyle } from './style.ts';
import { tableBlock } from './tables.ts';

export type Block = Paragraph | Table;

interface Place {
  readonly style: RunStyle;
  /** Inside 审核意见, where paragraphs are not indented and the first starts a page. */
  readonly isAppendix: boolean;
  readonly isSignature: boolean;
}

const containers = new Set(['article', 'section', 'div', 'ol', 'ul']);

/** Ems of 22 pt 小标宋 that fit the 156 mm text block on one line. */
const titleLineEms = Math.floor(textWidth / pt(22));

/** A text's width in ems: 汉字 and full-width marks one each, digits and Latin letters half. */
const emsOf = (text: string) =>
  [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

/**
 * The title in two lines where the print has two: a title too long for one line breaks between
 * the agency's name and 「2024年政府信息公开工作年度报告」, never inside a word.
 */
function titleRuns(title: Element, style: RunStyle): TextRun[] {
  const [agency, rest] = title.children.filter(
    (child): child is Element => isElement(child) && hasClass(child, 'title-part'),
  );
  const agencyText = agency ? elementText(agency) : '';
  const isTwoLines = emsOf(agencyText + (rest ? elementText(rest) : '')) > titleLineEms;
  return title.children.flatMap((child) => {
    const runs = runsOf(child, style);
    return child === rest && isTwoLines && agencyText !== ''
      ? [new TextRun({ break: 1 }), ...runs]
      : runs;
  });
}

function lineSpacing(style: RunStyle) {
  // The body keeps its 28.9 pt grid; smaller text (审核意见, notes) takes 1.6 lines as printed.
  return style.size === body.size
    ? { line: body.line, lineRule: LineRuleType.EXACT }
    : { line: 384, lineRule: LineRuleType.AUTO };
}

function paragraphBlock(element: Element, place: Place, isFirstInAppendix: boolean): Paragraph {
  const style = styleOf(element, place.style);
  const twoCharacters = pt(style.size * 2);
  const tag = element.tag;
  const isCentered =
    tag === 'h1' ||
    hasClass(element, 'publish-date') ||
    hasClass(element, 'review-stamp') ||
    (tag === 'h2' && place.isAppendix);
  const isIndented =
    !isCentered &&
    !place.isAppendix &&
    !place.isSignature &&
    (tag === 'p' || tag === 'h2') &&
    !hasClass(element, 'review-notice');
  const dashed = { style: BorderStyle.DASHED, size: 8, color: '000000', space: 4 };
  return new Paragraph({
    children: tag === 'h1' ? titleRuns(element, style) : runsOf(element, place.style),
    alignment: place.isSignature
      ? AlignmentType.RIGHT
      : isCentered
        ? AlignmentType.CENTER
        : AlignmentType.JUSTIFIED,
    indent: {
      ...(isIndented ? { firstLine: twoCharacters } : {}),
      ...(place.isSignature ? { right: pt(body.size * 2) } : {}),
      ...(hasClass(element, 'finding-cells') || tag === 'li' ? { left: twoCharacters } : {}),
    },
    spacing: {
      ...lineSpacing(style),
      ...(tag === 'h1' || hasClass(element, 'publish-date') ? { after: pt(style.size / 2) } : {}),
    },
    keepNext: tag === 'h2' || tag === 'h3' || hasClass(element, 'finding-head'),
    ...(isFirstInAppendix ? { pageBreakBefore: true } : {}),
    ...(hasClass(element, 'review-notice')
      ? { border: { top: dashed, bottom: dashed, left: dashed, right: dashed } }
      : {}),
  });
}

/** The print leaves 0.8 em under a table before the next heading; an empty line that high. */
const spaceAfterTable = () =>
  new Paragraph({ spacing: { line: pt(body.size * 0.8), lineRule: LineRuleType.EXACT } });

export function blocksOf(node: Node, place: Place): Block[] {
  if (!isElement(node)) return [new Paragraph({ children: [textRun(node, place.style)] })];
  if (node.tag === 'table') return [tableBlock(node, place.style), spaceAfterTable()];
  if (containers.has(node.tag)) {
    const inner: Place = {
      style: styleOf(node, place.style),
      isAppendix: place.isAppendix || hasClass(node, 'review-appendix'),
      isSignature: place.isSignature || hasClass(node, 'signature'),
    };
    const startsAppendix = !place.isAppendix && hasClass(node, 'review-appendix');
    return node.children.flatMap((child, i) =>
      startsAppendix && i === 0 && isElement(child)
        ? [paragraphBlock(child, inner, true)]
        : blocksOf(child, inner),
    );
  }
  return [paragraphBlock(node, place, false)];
}

export const startPlace = (style: RunStyle): Place => ({
  style,
  isAppendix: false,
  isSignature: false,
});
