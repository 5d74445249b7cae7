// Wordings published reports use instead of the template's, and the labels of the 2019 trial
// format (国办公开办函〔2019〕60号). The official 2021 labels are never written here: they come from
// ../form. Sources: shared/form/official-format.md §1.1, §6 and §7.

import type { SectionId } from '../form/sections.ts';

/**
 * Section headings as 30号文's own text and 条例第五十条 word them; reports often head a section
 * so (四 in particular: 因政府信息公开工作被申请行政复议、提起行政诉讼情况).
 */
export const sectionHeadingVariants: Readonly<Record<SectionId, readonly string[]>> = {
  s1: ['总体情况'],
  t2: ['行政机关主动公开政府信息情况', '主动公开政府信息情况'],
  t3: ['行政机关收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请情况'],
  t4: [
    '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
    '因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
    '政府信息公开行政复议、行政诉讼情况',
  ],
  s5: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进情况'],
  s6: ['其他需要报告的事项'],
};

/** Table 二 in the 2019 trial format: the labels that differ from 2021's. */
export const legacyTable2 = {
  /** 2019: 规范性文件; 2021: 行政规范性文件. */
  normativeDocs: '规范性文件',
  /** Rows 2021 dropped: 第（五）项 其他对外管理服务事项, 第（九）项 政府集中采购. */
  droppedRows: ['其他对外管理服务事项', '政府集中采购'],
  /** 第（一）项's columns in 2019; they do not map onto 2021's 制发/废止/现行有效. */
  item1Columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
  /** 第（五）（六）（八）项's columns in 2019. */
  itemColumns: ['上一年项目数量', '本年增/减', '处理决定数量'],
  /** The one 2019 column with the meaning of a 2021 one: 处理决定数量 ≈ 本年处理决定数量. */
  decisionsColumn: '处理决定数量',
  /** 第（九）项 (政府集中采购) exists only in 2019. */
  droppedItem: '九',
} as const;
