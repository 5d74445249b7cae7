// How the print stylesheet's rules (../html/printCss.ts) read in Word terms: fonts by name, sizes
// in half-points, lengths in twips. Fonts are referenced by the names Chinese government offices
// have installed (GB/T 9704: 仿宋_GB2312 body, 方正小标宋简体 title, 黑体 headings, 楷体_GB2312
// run-in labels); Word substitutes a font a machine lacks, and none is embedded (they are licensed).

import type { Element } from '../html/element.ts';

export const fonts = {
  fangsong: '仿宋_GB2312',
  xiaobiaosong: '方正小标宋简体',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
  /** Latin letters and digits beside the Chinese, as Word's 公文 templates set them. */
  latin: 'Times New Roman',
} as const;

export type FontName = (typeof fonts)[keyof typeof fonts];

/** A run's font: the Chinese one for 汉字 (eastAsia), Times New Roman for the rest. */
export const runFont = (font: FontName) => ({
  ascii: fonts.latin,
  hAnsi: fonts.latin,
  eastAsia: font,
  cs: fonts.latin,
});

/** 1 mm in twips (1/1440 inch). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** 1 pt in twips. */
export const pt = (points: number) => Math.round(points * 20);
/** Font size in half-points, as Word stores it. */
export const halfPoints = (points: number) => Math.round(points * 2);

/** A4 exactly (mm() would round 210 mm to 11905). */
export const a4 = { width: 11906, height: 16838 } as const;

/** GB/T 9704: top 37 mm, left (inner) 28 mm, text block 156 mm × 225 mm. */
export const pageMargins = {
  top: mm(37),
  right: mm(26),
  bottom: mm(35),
  left: mm(28),
  header: mm(15),
  // The page number sits 7 mm under the text block's last line (GB/T 9704 7.5).
  footer: mm(35 - 7) - pt(14),
} as const;

/** The width of the text block, in twips, over which tables spread. */
export const textWidth = a4.width - pageMargins.left - pageMargins.right;

/** 16 pt body on 28.9 pt lines: 22 lines in the 225 mm block. */
export const body = { size: 16, line: pt(28.9) } as const;

/** Run style a class of the print carries: its font and, where it differs from the body, size. */
export interface RunStyle {
  readonly font: FontName;
  readonly size: number;
  readonly bold?: boolean;
  readonly superScript?: boolean;
}

const classFonts: Readonly<Record<string, Partial<RunStyle>>> = {
  'run-in': { font: fonts.kaiti },
  'comment-meta': { font: fonts.kaiti },
  'finding-number': { font: fonts.heiti },
  severity: { font: fonts.heiti },
  'review-status': { font: fonts.heiti },
  'review-stamp': { font: fonts.heiti, size: 12 },
  'review-notice': { font: fonts.heiti, size: 12 },
  'publish-date': { font: fonts.kaiti },
  'finding-mark': { font: fonts.heiti, size: 7, superScript: true },
  finding: { size: 12 },
  'finding-cells': { size: 10.5 },
  comments: { size: 10.5 },
  'review-history': { size: 12 },
  t2: { size: 10.5 },
  t4: { size: 10.5 },
  t3: { size: 9 },
};

const tagFonts: Readonly<Record<string, Partial<RunStyle>>> = {
  h1: { font: fonts.xiaobiaosong, size: 22 },
  h2: { font: fonts.heiti, size: 16 },
  h3: { font: fonts.heiti, size: 14 },
};

export const classesOf = (element: Element): string[] =>
  String(element.attributes.class ?? '')
    .split(' ')
    .filter((name) => name !== '');

export const hasClass = (element: Element, name: string) => classesOf(element).includes(name);

/** The style an element's runs take: its parent's, changed by its tag and classes. */
export function styleOf(element: Element, parent: RunStyle): RunStyle {
  let style = { ...parent, ...tagFonts[element.tag] };
  for (const name of classesOf(element)) style = { ...style, ...classFonts[name] };
  return style;
}

export const bodyStyle: RunStyle = { font: fonts.fangsong, size: body.size };
