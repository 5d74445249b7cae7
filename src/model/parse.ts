// The one door every load goes through: JSON text or a parsed value in, a report document or a list
// of problems out, each naming its place in official words. It never throws.

import type { z } from 'zod/mini';
import {
  currentSchemaVersion,
  documentFormat,
  reportDocumentSchema,
  type ReportDocument,
} from './document.ts';
import { isRecord, migrateDocument } from './migrations.ts';
import { describeReportPath } from './places.ts';

export interface ParseProblem {
  /** Where, in official words (表三·一、本年新收政府信息公开申请数量·自然人). */
  readonly place: string;
  /** The whole sentence to show: place, what was expected and what was found. */
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly document: ReportDocument }
  | { readonly ok: false; readonly problems: readonly ParseProblem[] };

const fail = (place: string, message: string): ParseResult => ({
  ok: false,
  problems: [{ place, message: `${place}：${message}` }],
});

const byteOrderMark = '\uFEFF';

export function parseReportText(text: string): ParseResult {
  let value: unknown;
  try {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse rejects.
    value = JSON.parse(text.startsWith(byteOrderMark) ? text.slice(1) : text);
  } catch {
    return fail('文件', '不是有效的 JSON，可能已损坏或不完整');
  }
  return parseReportDocument(value);
}

export function parseReportDocument(input: unknown): ParseResult {
  try {
    return parseChecked(input);
  } catch {
    // Inputs built in code (getters, proxies) can throw while being read; a file never does.
    return fail('文件', '无法读取其内容');
  }
}

function parseChecked(input: unknown): ParseResult {
  if (!isRecord(input) || input['format'] !== documentFormat) {
    return fail('文件', `不是年报文件（缺少格式标记 "${documentFormat}"）`);
  }
  const version = input['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('文件', '缺少有效的格式版本号 schemaVersion');
  }
  if (version > currentSchemaVersion) {
    return fail(
      '文件',
      `格式版本为 ${version}，由较新版本的年报生成；本程序只能读取 ${currentSchemaVersion} 及以下版本，请升级后再打开`,
    );
  }
  const migrated = migrateDocument(input, version, currentSchemaVersion);
  if (!migrated.ok) return fail('文件', migrated.message);

  const parsed = reportDocumentSchema.safeParse(migrated.document, { reportInput: true });
  if (parsed.success) return { ok: true, document: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(toProblem) };
}

function toProblem(issue: z.core.$ZodIssue): ParseProblem {
  const [root, ...inReport] = issue.path;
  const place = root === 'report' ? describeReportPath(inReport) : describeEnvelopePath(issue.path);
  const { input } = issue;
  // JSON.parse has already rounded such a number: printing it would show a figure the file lacks.
  if (typeof input === 'number' && Number.isInteger(input) && !Number.isSafeInteger(input)) {
    const limit = Number.MAX_SAFE_INTEGER;
    return { place, message: `${place}：数字超过 ${limit}，无法精确读取` };
  }
  return { place, message: `${place}：${expectation(issue)}，${describeReceived(input)}` };
}

function describeReceived(input: unknown): string {
  if (input === undefined) return '缺少此项';
  // 1e400 parses to Infinity, which JSON.stringify would print as null.
  if (typeof input === 'number' && !Number.isFinite(input)) return '收到的数字超出范围';
  return `收到 ${JSON.stringify(input)?.slice(0, 80)}`;
}

const typeNames: Readonly<Record<string, string>> = {
  string: '应为文字',
  number: '应为数字',
  int: '应为整数',
  object: '格式不正确',
  array: '应为列表',
};

/** zod's own wording is English; the schemas' messages are already Chinese. */
function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return typeNames[issue.expected] ?? '类型不正确';
  if (issue.code === 'invalid_value') return '取值不正确';
  if (issue.code === 'invalid_union') return '格式不正确';
  return issue.message;
}

function describeEnvelopePath(path: readonly PropertyKey[]): string {
  const names: Readonly<Record<string, string>> = {
    formatEdition: '格式版本（国办公开办函）',
    report: '报告',
  };
  const first = String(path[0] ?? '');
  return names[first] ?? (first || '文件');
}
