// A published report never states its 机关类别, and may lack its agency's name or its date. The
// importer says so for each such field (I-HEADER, with why it matters) and the checker says it
// again for all of them at once (C-BLANK). Where both are listed together — a row of 批量审核,
// `nianbao check` on a published text — the checker's adds nothing, and counted twice it made every
// imported report one 提示 worse than it is.

interface Named {
  readonly rule: string;
  readonly cells: readonly string[];
}

/** Whether `finding` only restates header fields the importer's findings already name. */
export function isRestatedByImport(finding: Named, importFindings: readonly Named[]): boolean {
  if (finding.rule !== 'C-BLANK' || finding.cells.length === 0) return false;
  const named = new Set(
    importFindings.filter((found) => found.rule === 'I-HEADER').flatMap((found) => found.cells),
  );
  return finding.cells.every((cell) => named.has(cell));
}
