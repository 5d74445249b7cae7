// Which column a row left out, when it has one figure fewer than the table has columns. The
// header may show it (a copy that lost the 总计 column lost it in the header too); else the sums
// may rule out all but one reading; else the row is taken to have lost its total, which the model
// computes anyway, so no entered figure is put in a wrong column by a guess.

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

export function chooseMissingColumn(question: MissingColumnQuestion): MissingColumnChoice {
  const { columns, fits, missingInHeader, fallback } = question;
  if (missingInHeader !== undefined && fits(missingInHeader)) {
    return { index: missingInHeader, basis: 'header' };
  }
  const fitting = Array.from({ length: columns }, (_, i) => i).filter(fits);
  const [only] = fitting;
  if (fitting.length === 1 && only !== undefined) return { index: only, basis: 'sums' };
  return { index: fits(fallback) ? fallback : (fitting.at(-1) ?? fallback), basis: 'default' };
}

/** The figures with a hole at `missing`: the row as it reads with that column left out. */
export function withHole<T>(values: readonly T[], missing: number): (T | undefined)[] {
  return [...values.slice(0, missing), undefined, ...values.slice(missing)];
}
