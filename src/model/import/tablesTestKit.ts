// Report texts for the table importers' tests: a title and the three tables' sections, read as
// pasted text. Pure, like the importer it feeds.

import { importReportText } from './importReport.ts';

/** The title every test report opens with. */
export const title = '测试局2024年政府信息公开工作年度报告';

/** A report's text with the given section bodies under their headings. */
export function report(sections: { t2?: string; t3?: string; t4?: string }): string {
  return [
    title,
    '二、主动公开政府信息情况',
    sections.t2 ?? '',
    '三、收到和处理政府信息公开申请情况',
    sections.t3 ?? '',
    '四、政府信息公开行政复议、行政诉讼情况',
    sections.t4 ?? '',
  ].join('\n');
}

/** The text imported; a refusal fails the test with its message. */
export function imported(text: string) {
  const outcome = importReportText(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

export const rules = (outcome: ReturnType<typeof imported>) => outcome.findings.map((f) => f.rule);

/** Table 三's header as a copy gives it: three lines of column words, tab-separated. */
export const t3Header = [
  '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况',
  '自然人\t法人或其他组织\t总计',
  '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
].join('\n');
