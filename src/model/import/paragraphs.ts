// Lines of narrative → paragraphs. Copying from a page or a PDF breaks a paragraph wherever the
// line ended, often with a blank line after: 「2024 年网站累计更新发布」/「各类信息 226 条」. In pasted
// text a line that stops mid-sentence is joined to the next; a web page's paragraphs are its own.

import { collapseWhiteSpace, joinBrokenLine } from './html/textContent.ts';
import type { SourceLine } from './source.ts';

export type SourceKind = 'text' | 'html';

export interface Paragraph {
  readonly text: string;
  /** The line the paragraph starts on. */
  readonly line: SourceLine;
}

/** A paragraph, heading or list item starts here: （一）, 一、, 1., 第一, 一是. */
const opening =
  /^(?:[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．]|第[一二三四五六七八九十]+|[一二三四五六七八九十]是)/u;

/** A numbered heading: （一）, 一、, 1. — not 「一是」, which runs on in its paragraph. */
const numbered =
  /^(?:[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．])/u;

/** Shorter lines that end without punctuation are headings, not lines broken by a copy. */
const shortestBrokenLine = 20;

/**
 * Whether `head` stops mid-sentence and `tail` goes on with it. A numbered line with no sentence
 * in it (「（一）人大代表建议和政协提案办理结果公开情况」) is a heading, however long.
 */
export function continuesOnNextLine(head: string, tail: string): boolean {
  if (opening.test(tail)) return false;
  if (numbered.test(head) && !/[，。；,;]/u.test(head)) return false;
  if (/[，、,]$/u.test(head)) return true;
  return /[\p{L}\p{N}\p{Script=Han}]$/u.test(head) && Array.from(head).length >= shortestBrokenLine;
}

export function toParagraphs(lines: readonly SourceLine[], kind: SourceKind): Paragraph[] {
  const paragraphs: { text: string; line: SourceLine }[] = [];
  for (const line of lines) {
    const text = collapseWhiteSpace(line.text);
    if (text === '') continue;
    const last = paragraphs.at(-1);
    if (kind === 'text' && last && continuesOnNextLine(last.text, text)) {
      last.text = joinBrokenLine(last.text, text);
    } else {
      paragraphs.push({ text, line });
    }
  }
  return paragraphs;
}

export const joinParagraphs = (paragraphs: readonly Paragraph[]) =>
  paragraphs.map((paragraph) => paragraph.text).join('\n');
