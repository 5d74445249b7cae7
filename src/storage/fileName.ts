// The name a report file is saved under: 「{机关名称}{年度}年政府信息公开工作年度报告.json」.

import type { Header } from '../model/report.ts';
import { reportTitle } from '../model/title.ts';

/** Characters Windows refuses in file names, and control characters, become one underscore. */
function withoutForbiddenCharacters(name: string): string {
  const printable = [...name].filter((ch) => ch >= ' ').join('');
  return printable.replace(/[\\/:*?"<>|]+/g, '_').trim();
}

export function reportFileName(header: Pick<Header, 'agencyName' | 'year'>): string {
  const base = withoutForbiddenCharacters(reportTitle(header));
  return `${base || '年度报告'}.json`;
}

/** For a stored value that could not be read: its key, so two never share a name. */
export function quarantineFileName(key: string): string {
  return `无法读取的草稿-${withoutForbiddenCharacters(key) || '未命名'}.json`;
}
