// What a figure in the text is about, and the value the tables give for it. Values are read from
// the entered cells and the computed totals, never from declared totals: a published report's
// printed total may be the very slip R3-RESULT reports, and the text is compared with the figures.

import { describeCell, t2, t3, t4, type CellAddress } from '../../form/cells.ts';
import { processingFeeLabel, sectionHeadings } from '../../form/sections.ts';
import { table3GroupRows, table3Groups, type Table3GroupId } from '../../form/table3.ts';
import { countAt, type CheckContext } from '../context.ts';

export const measureIds = [
  'received',
  'carriedOver',
  'concluded',
  'carriedForward',
  'disclosed',
  'partlyDisclosed',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherHandling',
  'review',
  'suit',
  'rulesIssued',
  'rulesRepealed',
  'rulesInForce',
  'docsIssued',
  'docsRepealed',
  'docsInForce',
  'processingFee',
] as const;

export type MeasureId = (typeof measureIds)[number];

/** The measures that count applications by how they ended. */
export const resultMeasures: ReadonlySet<MeasureId> = new Set([
  'concluded',
  'carriedForward',
  'disclosed',
  'partlyDisclosed',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherHandling',
]);

/** What the tables say about a measure: the value, the cells it comes from, and their name. */
export interface TableFigure {
  readonly value: number | null;
  readonly cells: readonly string[];
  readonly name: string;
}

interface Measure {
  /** What the sentence states, as a message repeats it: 本年新收政府信息公开申请 2 件. */
  readonly label: string;
  readonly figure: (context: CheckContext) => TableFigure;
}

const cell = (address: CellAddress) => {
  const name = describeCell(address);
  return (context: CheckContext) => ({ value: countAt(context, address), cells: [address], name });
};

/** 表二 counts are entered only; "/" (not applicable) is no figure to compare with. */
const table2Cell = (address: CellAddress) => {
  const name = describeCell(address);
  return ({ report }: CheckContext) => {
    const value = report.cells[address];
    return { value: typeof value === 'number' ? value : null, cells: [address], name };
  };
};

/** （三）–（六） have no printed subtotal; the text's 不予公开 N 件 is the sum of the rows under it. */
const group = (id: Exclude<Table3GroupId, 'results'>) => (context: CheckContext) => ({
  value: context.totals.groups[id].total,
  cells: table3GroupRows(context.report.table3Layout, id).map((row) => t3(row.id, 'total')),
  name: `表三·${table3Groups[id]}各项总计之和`,
});

const suitTotals = [t4('directSuit', 'total'), t4('suitAfterReview', 'total')] as const;

export const measures: Readonly<Record<MeasureId, Measure>> = {
  received: { label: '本年新收政府信息公开申请', figure: cell(t3('newReceived', 'total')) },
  carriedOver: { label: '上年结转的申请', figure: cell(t3('carriedOver', 'total')) },
  concluded: { label: '办结的申请', figure: cell(t3('resultTotal', 'total')) },
  carriedForward: {
    label: '结转下年度继续办理的申请',
    figure: cell(t3('carriedForward', 'total')),
  },
  disclosed: { label: '予以公开', figure: cell(t3('disclosed', 'total')) },
  partlyDisclosed: { label: '部分公开', figure: cell(t3('partlyDisclosed', 'total')) },
  withheld: { label: '不予公开', figure: group('withheld') },
  unavailable: { label: '无法提供', figure: group('unavailable') },
  notProcessed: { label: '不予处理', figure: group('notProcessed') },
  otherHandling: { label: '其他处理', figure: group('otherHandling') },
  review: { label: '政府信息公开行政复议', figure: cell(t4('review', 'total')) },
  suit: {
    label: '政府信息公开行政诉讼',
    figure: (context) => {
      const [direct, afterReview] = suitTotals.map((address) => countAt(context, address));
      return {
        value: direct == null || afterReview == null ? null : direct + afterReview,
        cells: suitTotals,
        name: '表四·行政诉讼（未经复议直接起诉、复议后起诉）两项总计之和',
      };
    },
  },
  rulesIssued: { label: '本年制发规章', figure: table2Cell(t2('rules', 'issued')) },
  rulesRepealed: { label: '本年废止规章', figure: table2Cell(t2('rules', 'repealed')) },
  rulesInForce: { label: '现行有效规章', figure: table2Cell(t2('rules', 'inForce')) },
  docsIssued: {
    label: '本年制发行政规范性文件',
    figure: table2Cell(t2('normativeDocs', 'issued')),
  },
  docsRepealed: {
    label: '本年废止行政规范性文件',
    figure: table2Cell(t2('normativeDocs', 'repealed')),
  },
  docsInForce: {
    label: '现行有效行政规范性文件',
    figure: table2Cell(t2('normativeDocs', 'inForce')),
  },
  processingFee: {
    label: '收取信息处理费',
    figure: ({ report }) => {
      const fee = report.otherMatters.processingFee;
      return {
        value: fee === null ? null : Number(fee),
        cells: ['s6.processingFee'],
        name: `${sectionHeadings.s6}·${processingFeeLabel}`,
      };
    },
  },
};
