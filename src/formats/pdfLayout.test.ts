import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPage, layoutPages, type TextRun } from './pdfLayout.ts';

const size = 9;
const columnX = [300, 331, 362, 393, 424, 455, 486];
const rowGap = 15;

/** A table row as a printer places it: the label from x = 80, each figure centred in its column. */
function placeRow(label: string, figures: readonly string[], row: number): TextRun[] {
  const y = 700 - row * rowGap;
  const runs: TextRun[] = [{ str: label, x: 80, y, width: label.length * size, height: size }];
  figures.forEach((figure, i) => {
    if (figure === '') return;
    const width = figure.length * size * 0.5;
    runs.push({ str: figure, x: (columnX[i] ?? 0) - width / 2, y, width, height: size });
  });
  return runs;
}

describe('laying out a PDF page', () => {
  it('puts runs on one baseline on one line, cells apart by tabs, top to bottom', () => {
    const runs = [
      ...placeRow('（二）部分公开', ['1', '0', '0', '0', '0', '0', '1'], 1),
      ...placeRow('（一）予以公开', ['3', '0', '1', '0', '0', '0', '4'], 0),
      { str: '— 4 —', x: 280, y: 40, width: 40, height: 14 },
    ];
    expect(layoutPage(runs)).toEqual([
      '（一）予以公开\t3\t0\t1\t0\t0\t0\t4',
      '（二）部分公开\t1\t0\t0\t0\t0\t0\t1',
      '— 4 —',
    ]);
  });

  it('joins runs a PDF split a word into, and drops runs of spaces', () => {
    const runs: TextRun[] = [
      { str: '第', x: 100, y: 600, width: 9, height: size },
      { str: '⼀', x: 109, y: 600, width: 9, height: size },
      { str: '项', x: 118, y: 600, width: 9, height: size },
      { str: ' ', x: 127, y: 600, width: 120, height: 0 },
      { str: '2', x: 300, y: 600, width: 5, height: size },
    ];
    expect(layoutPage(runs)).toEqual(['第⼀项\t2']);
  });

  it('keeps a blank cell in its column, so the figures after it keep theirs', () => {
    const runs = [
      ...placeRow('一、本年新收政府信息公开申请数量', ['2', '0', '0', '0', '0', '0', '2'], 0),
      ...placeRow('二、上年结转政府信息公开申请数量', ['1', '', '0', '0', '', '0', '1'], 1),
    ];
    expect(layoutPage(runs)[1]).toBe('二、上年结转政府信息公开申请数量\t1\t\t0\t0\t\t0\t1');
  });

  it('keeps a column left blank all the way down in its place, so the columns after it keep theirs', () => {
    // 法律服务机构 (the fifth column) blank in every row: no figure says where it stands.
    const runs = [
      ...placeRow('一、本年新收政府信息公开申请数量', ['2', '0', '0', '0', '', '0', '2'], 0),
      ...placeRow('二、上年结转政府信息公开申请数量', ['1', '0', '0', '1', '', '0', '2'], 1),
    ];
    expect(layoutPage(runs)).toEqual([
      '一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t\t0\t2',
      '二、上年结转政府信息公开申请数量\t1\t0\t0\t1\t\t0\t2',
    ]);
  });

  it('puts back several blank cells of a row alone between two labels', () => {
    const runs = placeRow('（一）予以公开', ['3', '1', '', '', '', '5', '9'], 0);
    expect(layoutPage(runs)).toEqual(['（一）予以公开\t3\t1\t\t\t\t5\t9']);
  });

  it('adds no column where the figures stand at no common spacing', () => {
    const runs: TextRun[] = [
      { str: '规章', x: 80, y: 700, width: 18, height: size },
      ...[250, 300, 420].map((x) => ({ str: '4', x, y: 700, width: 4.5, height: size })),
    ];
    expect(layoutPage(runs)).toEqual(['规章\t4\t4\t4']);
  });

  it('adds no blank column when the narrow gaps come from figures off their columns', () => {
    // Two wrapped digits under a row, each off-centre: two narrow gaps no other gap agrees with.
    const runs = [
      ...placeRow('（七）总计', ['61047', '66645', '64145', '10153', '68352', '73320', '43504'], 0),
      { str: '1', x: 312, y: 690, width: 4.5, height: size },
      { str: '8', x: 343, y: 690, width: 4.5, height: size },
    ];
    // The label, the seven columns and the two stray ones: nothing put in between.
    expect(layoutPage(runs)[0]?.split('\t')).toHaveLength(10);
  });

  it('reads pages in order', () => {
    const page = (text: string) => [{ str: text, x: 80, y: 700, width: 50, height: size }];
    expect(layoutPages([page('第一页'), page('第二页')])).toBe('第一页\n第二页');
  });

  const figureArbitrary = fc.oneof(fc.nat({ max: 99_999 }).map(String), fc.constant('/'));
  const rowArbitrary = fc.record({
    label: fc.constantFrom('（一）予以公开', '1.属于国家秘密', '行政复议', '规章', '⾏政许可'),
    figures: fc.array(figureArbitrary, { minLength: 7, maxLength: 7 }),
  });

  it('recovers every row and cell from runs split, shuffled and jittered (2 pt up or down, ¼ pt sideways)', () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { minLength: 1, maxLength: 25 }),
        fc.infiniteStream(fc.double({ min: -1, max: 1, noNaN: true })),
        fc.infiniteStream(fc.nat({ max: 3 })),
        fc.nat(),
        (rows, jitter, cuts, seed) => {
          const runs = rows.flatMap((row, i) => placeRow(row.label, row.figures, i));
          const split = runs.flatMap((run) => splitRun(run, cuts.next().value));
          const jittered = split.map((run) => ({
            ...run,
            x: run.x + jitter.next().value / 4,
            y: run.y + jitter.next().value * 2,
          }));
          const shuffled = jittered
            .map((run, i) => ({ run, key: (i * 7919 + seed) % 10_007 }))
            .sort((a, b) => a.key - b.key)
            .map(({ run }) => run);
          expect(layoutPage(shuffled)).toEqual(
            rows.map((row) => [row.label, ...row.figures].join('\t')),
          );
        },
      ),
    );
  });
});

/** A run cut into pieces that abut, as pdf.js gives text set in more than one font. */
function splitRun(run: TextRun, pieces: number): TextRun[] {
  const characters = [...run.str];
  if (pieces < 2 || characters.length < 2) return [run];
  const step = run.width / characters.length;
  const cut = Math.max(1, Math.floor(characters.length / 2));
  return [
    { ...run, str: characters.slice(0, cut).join(''), width: step * cut },
    {
      ...run,
      str: characters.slice(cut).join(''),
      x: run.x + step * cut,
      width: step * (characters.length - cut),
    },
  ];
}
