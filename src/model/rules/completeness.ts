// What is still blank, and "/" where a count belongs.

import { enteredCells, tableShortNames, type TableId } from '../form/cells.ts';
import { headerLabels } from '../form/header.ts';
import { overviewParts, sectionHeadings } from '../form/sections.ts';
import { notApplicable } from '../values.ts';
import { finding, type Rule } from './context.ts';
import type { Finding } from './finding.ts';

const tables: readonly TableId[] = ['t2', 't3', 't4'];

export const checkBlanks: Rule = ({ report, stage }) => {
  // Blanks are a to-do list while drafting and a blocker once the report is to be finalised.
  const severity = stage === 'final' ? 'error' : 'info';
  const findings: Finding[] = [];

  const { header } = report;
  const missing = (['agencyName', 'category', 'publishDate'] as const).filter((field) => {
    const value = header[field];
    return value === null || value.trim() === '';
  });
  if (missing.length > 0) {
    findings.push(
      finding('C-BLANK', {
        severity,
        section: 'header',
        cells: missing.map((field) => `header.${field}`),
        message: `尚未填写：${missing.map((field) => headerLabels[field]).join('、')}。`,
      }),
    );
  }

  for (const table of tables) {
    const blank = enteredCells(report.table3Layout, table).filter(
      (def) => report.cells[def.address] === undefined,
    );
    if (blank.length === 0) continue;
    findings.push(
      finding('C-BLANK', {
        severity,
        section: table,
        cells: blank.map((def) => def.address),
        message: `${tableShortNames[table]}还有 ${blank.length} 个单元格未填写：没有发生的填 0，不适用的填“/”。`,
      }),
    );
  }

  if (overviewParts.every((part) => report.overview[part.id].trim() === '')) {
    findings.push(
      finding('C-BLANK', {
        severity,
        section: 's1',
        cells: overviewParts.map((part) => `s1.${part.id}`),
        message: `${sectionHeadings.s1}尚未填写。`,
      }),
    );
  }
  if (report.problems.trim() === '') {
    findings.push(
      finding('C-BLANK', {
        severity,
        section: 's5',
        cells: ['s5.text'],
        message: `${sectionHeadings.s5}尚未填写。`,
      }),
    );
  }
  return findings;
};

export const checkNotApplicableCounts: Rule = ({ report }) =>
  (['t3', 't4'] as const).flatMap((table) => {
    const cells = enteredCells(report.table3Layout, table)
      .filter((def) => report.cells[def.address] === notApplicable)
      .map((def) => def.address);
    if (cells.length === 0) return [];
    return [
      finding('V-NA', {
        section: table,
        cells,
        message: `${tableShortNames[table]}有 ${cells.length} 个单元格填了“/”：这张表统计件数，没有发生的宜填 0，“/”在合计中按 0 计算。`,
      }),
    ];
  });
