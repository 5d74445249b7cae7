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
 * What deciding a join needs to know of the paragraph so far, kept as it grows: rescanning the
 * whole paragraph for each line made a long run of broken lines quadratic (8,000 lines, 152 s).
 */
interface ParagraphEnd {
  readonly isNumbered: boolean;
  readonly hasPunctuation: boolean;
  /** The last line joined: its last characters are the paragraph's. */
  readonly lastLine: string;
  /** Characters so far, counted only up to shortestBrokenLine. */
  readonly length: number;
}

const sentencePunctuation = /[，。；,;]/u;

function startParagraph(text: string): ParagraphEnd {
  return {
    isNumbered: numbered.test(text),
    hasPunctuation: sentencePunctuation.test(text),
    lastLine: text,
    length: countUpTo(text, shortestBrokenLine),
  };
}

function extendParagraph(end: ParagraphEnd, text: string): ParagraphEnd {
  return {
    isNumbered: end.isNumbered,
    hasPunctuation: end.hasPunctuation || sentencePunctuation.test(text),
    lastLine: text,
    length: Math.min(shortestBrokenLine, end.length + countUpTo(text, shortestBrokenLine)),
  };
}

/** Code points in `text`, counting no further than `limit`. */
function countUpTo(text: string, limit: number): number {
  let count = 0;
  for (const char of text) {
    if (char) count++;
    if (count >= limit) break;
  }
  return count;
}

/** The last character, a surrogate pair included: the end of the line ends the paragraph. */
const lastCodePoint = (text: string) => Array.from(text.slice(-2)).at(-1) ?? '';

function continuesAfter(end: ParagraphEnd, tail: string): boolean {
  if (opening.test(tail)) return false;
  if (end.isNumbered && !end.hasPunctuation) return false;
  const last = lastCodePoint(end.lastLine);
  if (/^[，、,]$/u.test(last)) return true;
  return /^[\p{L}\p{N}\p{Script=Han}]$/u.test(last) && end.length >= shortestBrokenLine;
}

/**
 * Whether `head` stops mid-sentence and `tail` goes on with it. A numbered line with no sentence
 * in it (「（一）人大代表建议和政协提案办理结果公开情况」) is a heading, however long.
 */
export const continuesOnNextLine = (head: string, tail: string): boolean =>
  continuesAfter(startParagraph(head), tail);

export function toParagraphs(lines: readonly SourceLine[], kind: SourceKind): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let pieces: string[] = [];
  let first: SourceLine | undefined;
  let end: ParagraphEnd | undefined;
  // Joining is done once per paragraph, on its pieces, never by growing one string line by line.
  const close = () => {
    if (first && pieces.length > 0) {
      let text = pieces[0] ?? '';
      for (let i = 1; i < pieces.length; i++)
        text = joinPiece(text, pieces[i - 1] ?? '', pieces[i] ?? '');
      paragraphs.push({ text, line: first });
    }
  };
  for (const line of lines) {
    const text = collapseWhiteSpace(line.text);
    if (text === '') continue;
    if (kind === 'text' && end && continuesAfter(end, text)) {
      pieces.push(text);
      end = extendParagraph(end, text);
    } else {
      close();
      pieces = [text];
      first = line;
      end = startParagraph(text);
    }
  }
  close();
  return paragraphs;
}

/** joinBrokenLine decides by the previous line's end only; the text so far is not rescanned. */
function joinPiece(text: string, previous: string, piece: string): string {
  return joinBrokenLine(previous, piece).length > previous.length + piece.length
    ? `${text} ${piece}`
    : text + piece;
}

export const joinParagraphs = (paragraphs: readonly Paragraph[]) =>
  paragraphs.map((paragraph) => paragraph.text).join('\n');
