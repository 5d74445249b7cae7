// What selecting a printed report in a browser and copying it gives as plain text, for tests:
// paragraphs and headings separated by blank lines, table rows one per line with tabs between
// their cells; a merged cell appears once, in the first row it covers, and empty cells drop out.
// The copy is built as blocks first so that tests can damage it the way real copies are damaged.

import { cellText } from '../html/tableGrid.ts';
import { collapseWhiteSpace } from '../html/textContent.ts';
import { tokenizeHtml } from '../html/tokenize.ts';
import { buildHtmlTree, isElement, type HtmlElement, type HtmlNode } from '../html/tree.ts';

export interface CopiedCell {
  readonly text: string;
  /** A row's label (th in the body), as opposed to a figure or a column heading. */
  readonly isRowLabel: boolean;
}

export interface TextBlock {
  readonly kind: 'title' | 'date' | 'heading' | 'paragraph';
  readonly text: string;
}

export interface RowBlock {
  readonly kind: 'row';
  /** The table's class: t2, t3 or t4. */
  readonly table: string;
  readonly cells: readonly CopiedCell[];
}

export type CopyBlock = TextBlock | RowBlock;

const classOf = (element: HtmlElement) => (element.attributes['class'] ?? '').split(/\s+/u);

function textOf(node: HtmlNode): string {
  if (!isElement(node)) return node;
  return node.children.map(textOf).join('');
}

export function copyBlocks(html: string): CopyBlock[] {
  const blocks: CopyBlock[] = [];
  const walk = (node: HtmlNode, table: string | undefined, isHead: boolean) => {
    if (!isElement(node) || node.name === 'head' || node.name === 'style') return;
    const text = () => collapseWhiteSpace(textOf(node));
    switch (node.name) {
      case 'h1':
        blocks.push({ kind: 'title', text: text() });
        return;
      case 'h2':
        blocks.push({ kind: 'heading', text: text() });
        return;
      case 'p':
        if (text() !== '') {
          const kind = classOf(node).includes('publish-date') ? 'date' : 'paragraph';
          blocks.push({ kind, text: text() });
        }
        return;
      case 'tr': {
        const cells = node.children
          .filter(isElement)
          .filter((cell) => cell.name === 'td' || cell.name === 'th')
          .map((cell) => ({
            text: cellText(cell),
            isRowLabel:
              !isHead &&
              cell.name === 'th' &&
              cell.attributes['scope'] !== 'col' &&
              cell.attributes['scope'] !== 'colgroup',
          }))
          .filter((cell) => cell.text !== '');
        if (cells.length > 0) blocks.push({ kind: 'row', table: table ?? '', cells });
        return;
      }
      default: {
        const inTable = node.name === 'table' ? classOf(node).find((c) => /^t\d$/u.test(c)) : table;
        for (const child of node.children) walk(child, inTable, isHead || node.name === 'thead');
      }
    }
  };
  walk(buildHtmlTree(tokenizeHtml(html)), undefined, false);
  return blocks;
}

/** Blocks → the copied text: a blank line between paragraphs, a line break between table rows. */
export function serializeCopy(blocks: readonly CopyBlock[]): string {
  let text = '';
  let previous: CopyBlock | undefined;
  for (const block of blocks) {
    const line =
      block.kind === 'row' ? block.cells.map((cell) => cell.text).join('\t') : block.text;
    const isSameTable = previous?.kind === 'row' && block.kind === 'row';
    text += previous === undefined ? line : `${isSameTable ? '\n' : '\n\n'}${line}`;
    previous = block;
  }
  return `${text}\n`;
}

export const copyAsText = (html: string) => serializeCopy(copyBlocks(html));
