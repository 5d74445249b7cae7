// Test support for the HTML renderer's specs: find elements in a rendered tree, read their text,
// and lay a table out on its grid the way a browser does (row and column spans included).
// Not imported by the renderer itself.

import { isElement, type Element, type Node } from '../export/html/element.ts';

export function findAll(root: Node, isWanted: (element: Element) => boolean): Element[] {
  if (!isElement(root)) return [];
  const own = isWanted(root) ? [root] : [];
  return [...own, ...root.children.flatMap((child) => findAll(child, isWanted))];
}

export const byTag = (tag: string) => (element: Element) => element.tag === tag;

export function textOf(node: Node): string {
  return isElement(node) ? node.children.map(textOf).join('') : node;
}

/** Text without the review marks (superscript finding numbers). */
export function plainTextOf(node: Node): string {
  if (!isElement(node)) return node;
  if (node.tag === 'sup') return '';
  return node.children.map(plainTextOf).join('');
}

export const hasClass = (element: Element, name: string) =>
  String(element.attributes.class ?? '')
    .split(' ')
    .includes(name);

/** The one element of `tag` whose text (marks left out) is exactly `text`. */
export function findByText(root: Node, tag: string, text: string): Element {
  const found = findAll(root, (e) => e.tag === tag && plainTextOf(e) === text);
  if (found.length !== 1) throw new Error(`expected one <${tag}> “${text}”, found ${found.length}`);
  return found[0] as Element;
}

export const spanOf = (cell: Element, name: 'rowspan' | 'colspan') =>
  Number(cell.attributes[name] ?? 1);

export interface TableGrid {
  /** grid[row][column] is the cell covering that slot, undefined where nothing does. */
  readonly slots: readonly (readonly (Element | undefined)[])[];
  /** Set when two cells claim one slot. */
  readonly overlaps: number;
}

/** Places every cell of a table (thead rows, then tbody rows) on its grid. */
export function layOutTable(table: Element): TableGrid {
  const rows = findAll(table, byTag('tr'));
  const slots: (Element | undefined)[][] = rows.map(() => []);
  let overlaps = 0;
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.children.filter(isElement)) {
      while (slots[r]?.[column] !== undefined) column++;
      for (let dr = 0; dr < spanOf(cell, 'rowspan'); dr++) {
        for (let dc = 0; dc < spanOf(cell, 'colspan'); dc++) {
          const line = (slots[r + dr] ??= []);
          if (line[column + dc] !== undefined) overlaps++;
          line[column + dc] = cell;
        }
      }
      column += spanOf(cell, 'colspan');
    }
  });
  return { slots: slots.slice(0, rows.length), overlaps };
}

/** Row widths of a laid-out table, counting only filled slots. */
export const rowWidths = (grid: TableGrid) =>
  grid.slots.map((line) => line.filter((cell) => cell !== undefined).length);

/** The list's item at `index`; a missing one fails the test rather than pass on undefined. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined)
    throw new Error(`expected an item at ${index}, the list has ${list.length}`);
  return item;
}
