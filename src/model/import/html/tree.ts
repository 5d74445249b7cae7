// Tokens → an element tree, closing what HTML lets authors leave open (p, li, td, tr) and ignoring
// end tags that close nothing, roughly as browsers do. Pages nest deeply only by mistake; past a
// fixed depth, elements are flattened into their parent so walking the tree cannot overflow.

import { closesParagraph, voidElements } from './elements.ts';
import type { HtmlToken } from './tokenize.ts';

export interface HtmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

export const isElement = (node: HtmlNode): node is HtmlElement => typeof node !== 'string';

const tableParts = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption']);
const cells = new Set(['td', 'th']);
const rowGroups = new Set(['thead', 'tbody', 'tfoot']);
const rowOrTable = new Set(['tr', 'table']);

const maxDepth = 256;

const only = (...names: string[]): ReadonlySet<string> => new Set(names);
const nothing = only();
const tableBoundary = only('table');
const paragraph = only('p');
const listItem = only('li');
const listBoundaries = new Set(['ul', 'ol', ...tableParts]);
const headings = only('h1', 'h2', 'h3', 'h4', 'h5', 'h6');
const row = only('tr');
const rowOrGroup = only('tr', 'thead', 'tbody', 'tfoot');

export function buildHtmlTree(tokens: readonly HtmlToken[]): HtmlElement {
  const root: HtmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const current = () => stack[stack.length - 1] ?? root;

  /** Index of the innermost open element named in `names`, not looking past `boundaries`. */
  const findOpen = (names: ReadonlySet<string> | string, boundaries: ReadonlySet<string>) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const name = stack[i]?.name ?? '';
      if (typeof names === 'string' ? name === names : names.has(name)) return i;
      if (boundaries.has(name)) return -1;
    }
    return -1;
  };
  const closeFrom = (index: number) => {
    if (index > 0) stack.length = index;
  };
  const open = (name: string, attributes: Readonly<Record<string, string>>) => {
    const element: HtmlElement = { name, attributes, children: [] };
    current().children.push(element);
    if (!voidElements.has(name) && stack.length < maxDepth) stack.push(element);
  };

  for (const token of tokens) {
    if (token.type === 'text') {
      current().children.push(token.text);
      continue;
    }
    const { name } = token;
    if (token.type === 'end') {
      if (name === 'br') open('br', {});
      else if (name === 'table') closeFrom(findOpen(name, nothing));
      else closeFrom(findOpen(name, tableParts.has(name) ? tableBoundary : tableParts));
      continue;
    }
    if (closesParagraph.has(name)) closeFrom(findOpen(paragraph, tableParts));
    if (name === 'li') closeFrom(findOpen(listItem, listBoundaries));
    if (headings.has(name)) closeFrom(findOpen(headings, tableParts));
    if (cells.has(name)) {
      closeFrom(findOpen(cells, rowOrTable));
      const isInTable = findOpen(tableBoundary, nothing) > 0;
      if (isInTable && findOpen(row, tableBoundary) < 0) open('tr', {});
    }
    if (name === 'tr') closeFrom(findOpen(row, tableBoundary));
    if (rowGroups.has(name)) closeFrom(findOpen(rowOrGroup, tableBoundary));
    open(name, token.attributes);
  }
  return root;
}
