// Damage a browser copy the way real copies of published reports are damaged: typos in row
// labels, labels and paragraphs wrapped onto lines of their own, full-width digits, page numbers
// between lines. Choices come from a list of numbers a property test generates, so a failing case
// shrinks and replays.

import type { CopiedCell, CopyBlock, RowBlock, TextBlock } from './browserCopy.ts';

export interface Damage {
  readonly typos: boolean;
  readonly wraps: boolean;
  readonly fullWidth: boolean;
  readonly pageMarks: boolean;
  /** Where to damage: each number picks among the candidates in turn. */
  readonly choices: readonly number[];
}

function picker(choices: readonly number[]) {
  let next = 0;
  return (count: number) => {
    const choice = choices.length === 0 ? 0 : (choices[next++ % choices.length] ?? 0);
    return count <= 0 ? 0 : choice % count;
  };
}

type Pick = ReturnType<typeof picker>;

const replacements = '甲乙丙丁戊己庚辛壬癸';
const han = /\p{Script=Han}/u;

/** One character replaced or dropped, away from the label's number. */
function typo(text: string, pick: Pick): string {
  const chars = Array.from(text);
  const positions = chars.flatMap((char, i) => (i >= 2 && han.test(char) ? [i] : []));
  if (positions.length < 4) return text;
  const at = positions[pick(positions.length)] ?? 0;
  const replacement = pick(3) === 0 ? '' : (replacements[pick(replacements.length)] ?? '');
  return [...chars.slice(0, at), replacement, ...chars.slice(at + 1)].join('');
}

const numberVariants = (text: string) =>
  text
    .replace(/^(\d+)\./u, '$1、')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');

function withTypos(blocks: readonly CopyBlock[], pick: Pick): CopyBlock[] {
  return blocks.map((block) => {
    if (block.kind !== 'row') return block;
    const cells = block.cells.map((cell): CopiedCell => {
      if (!cell.isRowLabel || pick(4) !== 0) return cell;
      return { ...cell, text: pick(2) === 0 ? typo(cell.text, pick) : numberVariants(cell.text) };
    });
    return { ...block, cells };
  });
}

const toFullWidth = (text: string) =>
  text.replace(/[0-9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));

function withFullWidth(blocks: readonly CopyBlock[]): CopyBlock[] {
  return blocks.map((block) => {
    if (block.kind === 'row') {
      return {
        ...block,
        cells: block.cells.map((cell) => ({ ...cell, text: toFullWidth(cell.text) })),
      };
    }
    if (block.kind === 'date') return { ...block, text: toFullWidth(block.text) };
    // Only the year: the agency's name is text, and stays as written.
    const year = /\d{4}(?=年政府信息公开工作年度报告$)/u;
    return block.kind === 'title'
      ? { ...block, text: block.text.replace(year, toFullWidth) }
      : block;
  });
}

/** A row label broken in two, its tail on the next line or its head on the line before. */
function wrapRowLabel(block: RowBlock, pick: Pick): CopyBlock[] {
  const index = block.cells.findLastIndex((cell) => cell.isRowLabel);
  const label = block.cells[index];
  const chars = label ? Array.from(label.text) : [];
  if (!label || chars.length < 6) return [block];
  const at = 2 + pick(chars.length - 3);
  const head = chars.slice(0, at).join('');
  const tail = chars.slice(at).join('');
  const part = (text: string): CopyBlock => ({
    kind: 'row',
    table: block.table,
    cells: [{ text, isRowLabel: true }],
  });
  const keeping = (text: string): CopyBlock => ({
    ...block,
    cells: block.cells.map((cell, i) => (i === index ? { ...cell, text } : cell)),
  });
  return pick(2) === 0 ? [keeping(head), part(tail)] : [part(head), keeping(tail)];
}

const opensClause = /[一二三四五六七八九十第]/u;

/** A paragraph broken where a copy breaks lines: mid-sentence, between two Han characters. */
function wrapParagraph(block: TextBlock, pick: Pick): CopyBlock[] {
  const chars = Array.from(block.text);
  const positions = chars.flatMap((char, i) => {
    const next = chars[i + 1];
    const isBreak =
      i >= 30 && han.test(char) && next !== undefined && han.test(next) && !opensClause.test(next);
    return isBreak ? [i + 1] : [];
  });
  if (positions.length === 0) return [block];
  const at = positions[pick(positions.length)] ?? 0;
  return [
    { kind: 'paragraph', text: chars.slice(0, at).join('') },
    { kind: 'paragraph', text: chars.slice(at).join('') },
  ];
}

/** 三、本年度办理结果 spread down its column as 「三、」「本年」「度办」「理结果」, as PDF copies have it. */
function spreadResultsLabel(blocks: CopyBlock[]): CopyBlock[] {
  const first = blocks.findIndex(
    (block) => block.kind === 'row' && block.cells[0]?.text === '三、本年度办理结果',
  );
  if (first < 0) return blocks;
  const pieces = ['三、', '本年', '度办', '理结果'];
  return blocks.map((block, i) => {
    const piece = pieces[i - first];
    if (block.kind !== 'row' || piece === undefined) return block;
    const cells = i === first ? block.cells.slice(1) : block.cells;
    return { ...block, cells: [{ text: piece, isRowLabel: true }, ...cells] };
  });
}

/** The agency's name on a line of its own above 「2024年政府信息公开工作年度报告」, as in print. */
function splitTitle(block: TextBlock): CopyBlock[] {
  const match = /^(\p{Script=Han}{2,50})(\d{4}年政府信息公开工作年度报告)$/u.exec(block.text);
  if (!match) return [block];
  return [
    { kind: 'title', text: match[1] ?? '' },
    { kind: 'title', text: match[2] ?? '' },
  ];
}

function withWraps(blocks: readonly CopyBlock[], pick: Pick): CopyBlock[] {
  const wrapped = blocks.flatMap((block) => {
    if (block.kind === 'title') return pick(2) === 0 ? splitTitle(block) : [block];
    if (pick(3) !== 0) return [block];
    if (block.kind === 'row') return wrapRowLabel(block, pick);
    if (block.kind === 'paragraph') return wrapParagraph(block, pick);
    return [block];
  });
  return pick(2) === 0 ? spreadResultsLabel(wrapped) : wrapped;
}

function withPageMarks(blocks: readonly CopyBlock[], pick: Pick): CopyBlock[] {
  const result: CopyBlock[] = [];
  let page = 1;
  blocks.forEach((block, i) => {
    result.push(block);
    if (i > 0 && pick(8) === 0) {
      page++;
      const mark = pick(2) === 0 ? `— ${page} —` : `第 ${page} 页 共 ${page + 3} 页`;
      result.push({ kind: 'paragraph', text: mark });
    }
  });
  return result;
}

export function damageCopy(blocks: readonly CopyBlock[], damage: Damage): CopyBlock[] {
  const pick = picker(damage.choices);
  let damaged = [...blocks];
  if (damage.typos) damaged = withTypos(damaged, pick);
  if (damage.wraps) damaged = withWraps(damaged, pick);
  if (damage.fullWidth) damaged = withFullWidth(damaged);
  if (damage.pageMarks) damaged = withPageMarks(damaged, pick);
  return damaged;
}
