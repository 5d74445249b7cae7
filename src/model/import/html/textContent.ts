// Text as a browser lays it out: runs of white space are one space, block elements and <br> start
// new lines. Shared by the page reader and by table cells, which keep their own line breaks.

import { blockElements, unseenElements } from './elements.ts';
import { isElement, type HtmlElement, type HtmlNode } from './tree.ts';

export function isUnseen(element: HtmlElement): boolean {
  if (unseenElements.has(element.name)) return true;
  if (Object.hasOwn(element.attributes, 'hidden')) return true;
  const style = (element.attributes['style'] ?? '').toLowerCase().replace(/\s+/gu, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** HTML's white space; a no-break space (&nbsp;) is text and stays. */
const htmlWhiteSpace = /[ \t\n\f\r]+/gu;

export const collapseWhiteSpace = (text: string) => text.replace(htmlWhiteSpace, ' ').trim();

/** Joins a line broken inside a word: nothing between Han characters, a space between Latin words. */
export function joinBrokenLine(head: string, tail: string): string {
  if (head === '' || tail === '') return head + tail;
  const needsSpace = /[A-Za-z0-9]$/u.test(head) && /^[A-Za-z0-9]/u.test(tail);
  return needsSpace ? `${head} ${tail}` : head + tail;
}

/** The lines an element's content shows, each collapsed and trimmed, empty ones dropped. */
export function elementLines(element: HtmlElement): string[] {
  const lines: string[] = [];
  let buffer = '';
  const flush = () => {
    const line = collapseWhiteSpace(buffer);
    if (line !== '') lines.push(line);
    buffer = '';
  };
  const walk = (node: HtmlNode) => {
    if (!isElement(node)) {
      buffer += node;
      return;
    }
    if (isUnseen(node)) return;
    if (node.name === 'br') {
      flush();
      return;
    }
    const isBlock = blockElements.has(node.name);
    if (isBlock) flush();
    for (const child of node.children) walk(child);
    if (isBlock) flush();
  };
  for (const child of element.children) walk(child);
  flush();
  return lines;
}
