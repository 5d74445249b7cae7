// Every reason a file is refused reaches the user: it must be Chinese whatever field is wrong,
// not zod's English default for a check a schema gave no message of its own.

import { describe, expect, it } from 'vitest';
import { serializeReport } from '../export/json.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { parseReportDocument } from './parse.ts';

const at = '2025-01-09T10:30:00Z';
const reviewed = {
  annotations: [
    {
      rule: 'R3-RESULT',
      cells: ['t3.resultTotal.natural'],
      status: 'explained',
      comments: [{ author: '张三', at, text: '说明', status: 'explained' }],
      message: '表三',
    },
  ],
  finalised: { by: '李四', at },
  history: [
    { kind: 'finalised', by: '李四', at },
    { kind: 'reopened', by: '张三', at, reason: '补充' },
  ],
};

function document(): Record<string, unknown> {
  const parsed = JSON.parse(serializeReport(sampleReport)) as { report: Record<string, unknown> };
  parsed.report['review'] = structuredClone(reviewed);
  return parsed;
}

/** Every path to a leaf (or an empty list or record) of a JSON value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value) && value.length > 0) {
    return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  }
  if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  }
  return [path];
}

function withValue(path: readonly (string | number)[], value: unknown): unknown {
  const root = document();
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) ?? ''] = value;
  return root;
}

// Values with no Latin letters of their own, so any English in a message is the program's.
const wrongValues = [-1, 1.5, 1e20, '', '　', '三', null, [], {}, [1], { 甲: 1 }, true];
const english = /[A-Za-z]{3,}/g;
// The words a message may name: the file's own format marks. What it received is quoted as the
// file has it (「收到 {"kind":null}」), so that part is the file's, not the program's.
const quotable = new Set(['schemaVersion', 'JSON', 'nianbao', 'report']);
const ownWords = (message: string) => message.replace(/，收到 .*$/, '');

describe('a file refused for any wrong field', () => {
  it('says why in Chinese, whichever field and whatever wrong value', () => {
    const paths = leafPaths(document());
    expect(paths.length).toBeGreaterThan(200);
    const leaks = new Map<string, string>();
    for (const path of paths) {
      for (const value of wrongValues) {
        const result = parseReportDocument(withValue(path, value));
        if (result.ok) continue;
        for (const { message } of result.problems) {
          const words = (ownWords(message).match(english) ?? []).filter(
            (word) => !quotable.has(word),
          );
          if (words.length) leaks.set(`${path.join('.')} = ${JSON.stringify(value)}`, message);
        }
      }
    }
    expect([...leaks].slice(0, 10)).toEqual([]);
  });
});

describe('the place a refused review field is named by', () => {
  it('names each part of a review entry in Chinese', () => {
    const result = parseReportDocument(
      withValue(['report', 'review', 'annotations', 0, 'comments', 0, 'author'], ''),
    );
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
      '审核意见·第 1 条·意见 1·姓名：应填写姓名，收到 ""',
    ]);
    const reason = parseReportDocument(
      withValue(['report', 'review', 'history', 1, 'reason'], ' '),
    );
    expect(reason.ok ? [] : reason.problems.map((problem) => problem.message)).toEqual([
      '定稿记录·第 2 条·原因：应写明原因，收到 ""',
    ]);
  });
});
