// What an import gives back: the report, which edition of the format it followed, an account of
// where every figure came from and of every line left out, and what the importer had to decide.

import type { CellAddress } from '../form/cells.ts';
import type { Report } from '../report.ts';
import type { ImportFinding } from './findings.ts';

export interface CellSource {
  /** 1-based line of the pasted text; for a web page, its paragraph or table row in reading order. */
  readonly line: number;
  /** 1-based cell of that line (cells split at tabs or runs of spaces; for HTML, the grid column). */
  readonly column: number;
  /** The cell as printed. */
  readonly raw: string;
  /** What the cell said besides its figure: 「其中修订16件」 of 「22（其中修订16件）」. */
  readonly note?: string;
}

export interface UnplacedLine {
  readonly line: number;
  readonly text: string;
  /** Why the line is in no part of the report, in Chinese. */
  readonly reason: string;
}

/** A line read for something other than a figure: the title, the date, a section heading. */
export interface SourceNote {
  readonly line: number;
  readonly text: string;
}

export interface ImportAccount {
  /** Entered cells and declared totals alike, by address. */
  readonly cells: Readonly<Partial<Record<CellAddress, CellSource>>>;
  readonly unplaced: readonly UnplacedLine[];
  readonly notes: readonly SourceNote[];
}

/**
 * The official format the source followed: 2021 (30号文), the 2019 trial format (表三（六）as one
 * row, 表二's 2019 columns, 规范性文件, 第（九）项), or a mix of both, as some reports still print.
 */
export type Edition = '2021' | '2019' | 'mixed';

export interface ImportResult {
  /** Valid per reportSchema; category is always null (a report does not print it). */
  readonly report: Report;
  readonly edition: Edition;
  readonly account: ImportAccount;
  readonly findings: readonly ImportFinding[];
}

/** An import fails only when the text has no report year and none was given. */
export type ImportOutcome =
  ({ readonly ok: true } & ImportResult) | { readonly ok: false; readonly message: string };

/** The importer's stages in the order it takes them, named for a progress indicator. */
export const importSteps = [
  '读取各行',
  '划分各部分',
  '读取表格',
  '读取文字部分',
  '核对结果',
] as const;

export type ImportStep = (typeof importSteps)[number];

export interface ImportOptions {
  /** The report year to use when the text names none (a pasted table without its title). */
  readonly fallbackYear?: number;
  /** Told as each stage begins: a long text takes a second or more. */
  readonly onStep?: (step: ImportStep) => void;
}
