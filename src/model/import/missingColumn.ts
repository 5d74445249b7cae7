// Which column a row left out, when it has one figure fewer than the table has columns. The
// header may show it (a copy that lost the 总计 column lost it in the header too); else the sums
// may rule out all but one reading; else the row is taken to have lost its total, which the model
// computes anyway. When the sums rule that out too (the last figure is the row's own 总计), the
// lost column is one of several and nothing says which: no reading is given, since any guess
// would move every figure after the hole into the wrong column.

export type MissingColumnBasis = 'header' | 'sums' | 'default';

export interface MissingColumnChoice {
  readonly index: number;
  readonly basis: MissingColumnBasis;
}

export interface MissingColumnQuestion {
  readonly columns: number;
  /** Whether the figures, read with column `missing` left out, contradict no printed sum. */
  readonly fits: (missing: number) => boolean;
  /** The one column the table's header lacks, if it lacks exactly one. */
  readonly missingInHeader: number | undefined;
  /** The column to assume when nothing else tells: a computed total. */
  readonly fallback: number;
}

export function chooseMissingColumn(
  question: MissingColumnQuestion,
): MissingColumnChoice | undefined {
  const { columns, fits, missingInHeader, fallback } = question;
  if (missingInHeader !== undefined && fits(missingInHeader)) {
    return { index: missingInHeader, basis: 'header' };
  }
  const fitting = Array.from({ length: columns }, (_, i) => i).filter(fits);
  const [only] = fitting;
  if (fitting.length === 1 && only !== undefined) return { index: only, basis: 'sums' };
  return fits(fallback) ? { index: fallback, basis: 'default' } : undefined;
}

/** The figures with a hole at `missing`: the row as it reads with that column left out. */
export function withHole<T>(values: readonly T[], missing: number): (T | undefined)[] {
  return [...values.slice(0, missing), undefined, ...values.slice(missing)];
}
