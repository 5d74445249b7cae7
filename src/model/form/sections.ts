// The six sections with the headings of the official template (附件), and the five parts of 一.

export const sectionHeadings = {
  s1: '一、总体情况',
  t2: '二、主动公开政府信息情况',
  t3: '三、收到和处理政府信息公开申请情况',
  t4: '四、政府信息公开行政复议、行政诉讼情况',
  s5: '五、存在的主要问题及改进情况',
  s6: '六、其他需要报告的事项',
} as const;

export type SectionId = keyof typeof sectionHeadings;

/** Section 一 is one summary plus the five parts 30号文 names, in this order. */
export const overviewParts = [
  { id: 'summary', label: '综述' },
  { id: 'activeDisclosure', label: '（一）主动公开' },
  { id: 'requestDisclosure', label: '（二）依申请公开' },
  { id: 'informationManagement', label: '（三）政府信息管理' },
  { id: 'platformBuilding', label: '（四）政府信息公开平台建设' },
  { id: 'supervision', label: '（五）监督保障' },
] as const;

export type OverviewPartId = (typeof overviewParts)[number]['id'];

/** 30号文: section 一 "篇幅原则上不超过一千字". */
export const overviewCharacterGuideline = 1000;

export const processingFeeLabel = '信息处理费收取情况';
