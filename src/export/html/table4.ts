// 表四 政府信息公开行政复议、行政诉讼情况 as printed: one row of fifteen cells under a three-level
// header (行政复议 | 行政诉讼 › 未经复议直接起诉 | 复议后起诉 › the five outcomes). The header is
// built from each case kind's path, so a kind one level deep has its outcomes merged down.

import { t4 } from '../../model/form/cells.ts';
import { table4CaseKinds, table4Outcomes } from '../../model/form/table4.ts';
import type { RenderContext } from './context.ts';
import { h, type Child, type Element } from './element.ts';
import { headerLabel, valueCell } from './tableCells.ts';

type CaseKind = (typeof table4CaseKinds)[number];

const pathOf = (kind: CaseKind): readonly string[] => kind.path;
const depth = Math.max(...table4CaseKinds.map((kind) => pathOf(kind).length));
const outcomeCount = table4Outcomes.length;

/** Header cells of one header row: the path labels at `level`, and outcomes where a path ends. */
function headerRow(level: number): Child[] {
  const cells: Child[] = [];
  table4CaseKinds.forEach((kind, i) => {
    const path = pathOf(kind);
    if (level < path.length) {
      const label = path[level] ?? '';
      const previous = table4CaseKinds[i - 1];
      // Kinds that share a label at this level (行政诉讼) get one merged cell, printed once.
      if (previous && pathOf(previous)[level] === label && samePrefix(previous, kind, level))
        return;
      const sharing = table4CaseKinds.filter(
        (other) => pathOf(other)[level] === label && samePrefix(other, kind, level),
      );
      cells.push(
        h('th', { colspan: sharing.length * outcomeCount, scope: 'colgroup' }, headerLabel(label)),
      );
    } else if (level === path.length) {
      const rowspan = depth + 1 - path.length;
      cells.push(
        table4Outcomes.map((outcome) =>
          h(
            'th',
            { rowspan: rowspan > 1 ? rowspan : undefined, scope: 'col' },
            headerLabel(outcome.label),
          ),
        ),
      );
    }
  });
  return cells;
}

function samePrefix(a: CaseKind, b: CaseKind, level: number): boolean {
  return pathOf(a)
    .slice(0, level)
    .every((label, i) => pathOf(b)[i] === label);
}

export function renderTable4(context: RenderContext): Element {
  return h(
    'table',
    { class: 'report-table t4' },
    h(
      'colgroup',
      {},
      Array.from({ length: table4CaseKinds.length * outcomeCount }, () =>
        h('col', { class: 'data' }),
      ),
    ),
    h(
      'thead',
      {},
      Array.from({ length: depth + 1 }, (_, level) => h('tr', {}, headerRow(level))),
    ),
    h(
      'tbody',
      {},
      h(
        'tr',
        {},
        table4CaseKinds.map((kind) =>
          table4Outcomes.map((outcome) => valueCell(context, t4(kind.id, outcome.id))),
        ),
      ),
    ),
  );
}
