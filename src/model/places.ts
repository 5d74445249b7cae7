// Names, in official words, of the places a file or a finding can point at.

import { describeCell, isCellAddress } from './form/cells.ts';
import { headerLabels } from './form/header.ts';
import { overviewParts, processingFeeLabel, sectionHeadings } from './form/sections.ts';

const fieldNames: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(headerLabels).map(([field, label]) => [`header.${field}`, label]),
  ),
  ...Object.fromEntries(
    overviewParts.map((part) => [`overview.${part.id}`, `${sectionHeadings.s1}·${part.label}`]),
  ),
  preamble: '导语',
  table3Layout: '表三格式',
  problems: sectionHeadings.s5,
  'otherMatters.processingFee': `${sectionHeadings.s6}·${processingFeeLabel}（元）`,
  'otherMatters.text': sectionHeadings.s6,
  'otherMatters.items': `${sectionHeadings.s6}·其他事项`,
};

/** Names the place a path into a report points at, e.g. ['cells', 't3.newReceived.natural']. */
export function describeReportPath(path: readonly PropertyKey[]): string {
  const [first, second, third, fourth] = path.map(String);
  if ((first === 'cells' || first === 'declared') && second !== undefined) {
    if (!isCellAddress(second)) return `表格·${second}`;
    return first === 'declared' ? `${describeCell(second)}（申报合计）` : describeCell(second);
  }
  if (first === 'otherMatters' && second === 'items' && third !== undefined) {
    const part = fourth === 'title' ? '·标题' : fourth === 'text' ? '·内容' : '';
    return `${fieldNames['otherMatters.items']}·第 ${Number(third) + 1} 项${part}`;
  }
  if (first === 'review') return describeReviewPath(path.slice(1).map(String));
  const key = [first, second].filter((p) => p !== undefined).join('.');
  return fieldNames[key] ?? fieldNames[first ?? ''] ?? (path.map(String).join('.') || '报告');
}

const reviewParts: Readonly<Record<string, string>> = {
  annotations: '审核意见',
  finalised: '定稿',
  history: '定稿记录',
};

const reviewFields: Readonly<Record<string, string>> = {
  rule: '规则',
  cells: '位置',
  status: '状态',
  comments: '意见',
  message: '检查结果',
  author: '姓名',
  by: '姓名',
  at: '时间',
  text: '内容',
  kind: '类别',
  reason: '原因',
};

/** A path's steps inside a review entry: ['comments', '0', 'author'] → 意见 1·姓名. */
function reviewSteps(steps: readonly string[]): string[] {
  return steps.map((step, i) =>
    /^\d+$/.test(step) && i > 0 ? `${Number(step) + 1}` : (reviewFields[step] ?? step),
  );
}

/** e.g. ['annotations', '2', 'comments', '0', 'author'] → 审核意见·第 3 条·意见 1·姓名. */
function describeReviewPath([part, index, ...rest]: readonly string[]): string {
  const name = reviewParts[part ?? ''] ?? '审核';
  if (index === undefined) return name;
  if (!/^\d+$/.test(index)) return [name, ...reviewSteps([index, ...rest])].join('·');
  return [`${name}·第 ${Number(index) + 1} 条`, ...reviewSteps(rest)]
    .join('·')
    .replace(/·(\d+)/g, ' $1');
}
