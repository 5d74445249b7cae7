// Cells shared by the three tables: a value cell (entered, "/", blank or computed total) with its
// review mark, and header labels that break only between words.

import { getCellDef, type CellAddress } from '../../model/form/cells.ts';
import { splitNumberedLabel } from '../../model/form/table3Labels.ts';
import { findingMark, isAllAnswered, markedNumbers, type RenderContext } from './context.ts';
import { h, type Attributes, type Child, type Element } from './element.ts';

/** What a cell prints: the entered value as stored ("/" and money strings too), or its total. */
export function cellText(context: RenderContext, address: CellAddress): string {
  if (getCellDef(address).isComputed) {
    const total = context.totals.cells.get(address);
    return total === null || total === undefined ? '' : String(total);
  }
  const value = context.report.cells[address];
  return value === undefined ? '' : String(value);
}

export function valueCell(
  context: RenderContext,
  address: CellAddress,
  attributes: Attributes = {},
): Element {
  const numbers = markedNumbers(context, [address]);
  const flagged = isAllAnswered(context, numbers) ? 'flagged answered' : 'flagged';
  return h(
    'td',
    { ...attributes, class: numbers.length > 0 ? flagged : undefined, 'data-cell': address },
    cellText(context, address),
    findingMark(context, [address]),
  );
}

const isHan = (text: string) => /^\p{Script=Han}+$/u.test(text);

/**
 * The column headings are two-character words (商业企业, 社会公益组织, 本年制发件数); in a narrow
 * column the browser would break them anywhere (社会公/益组织). An even run of Han characters is
 * kept together in pairs, so a break falls between words: 社会/公益/组织; a word of up to three
 * (自然人, 总计) is not broken at all. Other labels (本年收费金额（单位：万元）) break as usual.
 */
export function headerLabel(label: string): Child {
  if (!isHan(label)) return label;
  if (label.length <= 3) return h('span', { class: 'word' }, label);
  if (label.length % 2 !== 0) return label;
  const pairs: Element[] = [];
  for (let i = 0; i < label.length; i += 2) {
    pairs.push(h('span', { class: 'word' }, label.slice(i, i + 2)));
  }
  return pairs;
}

/**
 * A group label with its number (（三）不予公开) breaks after the number, not inside the words:
 * （三）/不予公开 rather than （三）不/予公开.
 */
export function groupLabel(label: string): Child {
  const parts = splitNumberedLabel(label);
  return parts ? [parts.number, h('span', { class: 'word' }, parts.words)] : label;
}
