// A web page → the lines the importer reads: one per paragraph, heading or line broken by <br>,
// and one per row of each data table with its cells in grid positions. A table that holds other
// tables is page layout, not data: its cells are read as paragraphs.

import type { SourceLine } from '../source.ts';
import { isLayoutTable, tableGrid } from './tableGrid.ts';
import { blockElements } from './elements.ts';
import { collapseWhiteSpace, isUnseen } from './textContent.ts';
import { tokenizeHtml } from './tokenize.ts';
import { buildHtmlTree, isElement, type HtmlElement, type HtmlNode } from './tree.ts';

export function readHtmlLines(html: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const push = (text: string, cells: readonly string[], isGrid: boolean) =>
    lines.push({ line: lines.length + 1, text, cells, isGrid });
  let buffer = '';
  const flush = () => {
    const text = collapseWhiteSpace(buffer);
    buffer = '';
    if (text !== '') push(text, [text], false);
  };
  const walk = (node: HtmlNode) => {
    if (!isElement(node)) {
      buffer += node;
      return;
    }
    if (isUnseen(node)) return;
    if (node.name === 'br') return flush();
    if (node.name === 'table' && !isLayoutTable(node)) {
      flush();
      for (const cells of tableGrid(node)) {
        const text = cells.filter((cell) => cell !== '').join('\t');
        if (text !== '') push(text, cells, true);
      }
      return;
    }
    const isBlock = blockElements.has(node.name);
    if (isBlock) flush();
    for (const child of node.children) walk(child);
    if (isBlock) flush();
  };
  walk(buildHtmlTree(tokenizeHtml(html)) satisfies HtmlElement);
  flush();
  return lines;
}
