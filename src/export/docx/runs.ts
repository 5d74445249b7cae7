// Inline content of the printed report as Word runs: text in the font its classes give it, review
// marks as superscript, and a space where the print puts a margin between the parts of a line.

import { TextRun } from 'docx';
import { isElement, type Node } from '../html/element.ts';
import { classesOf, halfPoints, runFont, styleOf, type RunStyle } from './style.ts';

/** Spans the print sets apart with a right margin (「3. 错误 R3-RESULT ［待处理］ …」). */
const spacedClasses = new Set(['finding-number', 'severity', 'rule', 'review-status']);

export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: runFont(style.font),
    size: halfPoints(style.size),
    ...(style.superScript ? { superScript: true } : {}),
  });
}

export function runsOf(node: Node, style: RunStyle): TextRun[] {
  if (!isElement(node)) return [textRun(node, style)];
  if (node.tag === 'br') return [new TextRun({ break: 1 })];
  const inner = styleOf(node, style);
  const runs = node.children.flatMap((child) => runsOf(child, inner));
  if (classesOf(node).some((name) => spacedClasses.has(name))) runs.push(textRun(' ', inner));
  return runs;
}
