// The rule catalogue: one entry per rule, with a formula a reviewer can read in official terms.
// Severities follow ../docs/decisions.md (硬性勾稽 are errors; what real reports may break with
// reason are warnings; what only deserves a look is info).

export interface RuleInfo {
  readonly severity: 'error' | 'warning' | 'info';
  readonly title: string;
  readonly formula: string;
  readonly basis: string;
  /** An error an agency may leave standing with an explanation a reviewer accepts (定稿 allows it). */
  readonly explainable?: true;
}

export const ruleCatalogue = {
  'R3-BALANCE': {
    severity: 'error',
    title: '表三逐列勾稽',
    formula: '一、本年新收 ＋ 二、上年结转 ＝ 三、（七）总计 ＋ 四、结转下年度继续办理（七列逐列）',
    basis: '表三表头原文：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
  },
  'R3-RESULT': {
    severity: 'error',
    title: '表三（七）总计',
    formula: '（七）总计 ＝（一）＋（二）＋（三）1–8 ＋（四）1–3 ＋（五）1–5 ＋（六）（七列逐列）',
    basis: '“（七）总计”的含义；（二）注明区分处理的只计一种情形，各结果行可以相加',
  },
  'R3-ROW': {
    severity: 'error',
    title: '表三总计列',
    formula:
      '总计 ＝ 自然人 ＋ 商业企业 ＋ 科研机构 ＋ 社会公益组织 ＋ 法律服务机构 ＋ 其他（逐行）',
    basis: '“总计”列的含义',
  },
  'R4-SUM': {
    severity: 'error',
    title: '表四总计',
    formula:
      '总计 ＝ 结果维持 ＋ 结果纠正 ＋ 其他结果 ＋ 尚未审结（行政复议、未经复议直接起诉、复议后起诉各自）',
    basis: '“总计”的含义',
  },
  'V-VALUE': {
    severity: 'error',
    title: '数值有效',
    formula: '件数为非负整数；收费金额为非负金额（万元，最多 6 位小数）；“/”表示不适用',
    basis: '统计口径；在录入、粘贴和读取文件时把关，无效的值不会进入报告',
  },
  'V-NA': {
    severity: 'info',
    title: '表三、表四的“/”',
    formula: '表三、表四统计件数，没有发生的填 0；“/”按 0 计入合计',
    basis: '表三、表四各格均适用',
  },
  'C-BLANK': {
    severity: 'info',
    title: '尚未填写',
    formula: '各表格单元格、报告头和正文各部分均已填写（定稿时为错误）',
    basis: '年度报告“不能遗漏”（30号文）',
  },
  'F-LEGACY': {
    severity: 'warning',
    title: '沿用旧格式',
    formula: '表三（六）其他处理按 2021 年格式拆分为 3 个子项',
    basis: '国办公开办函〔2021〕30号附件模板',
  },
  'T-FEE': {
    severity: 'warning',
    title: '信息处理费',
    formula: '六、其他需要报告的事项写明信息处理费收取情况（未收取也写 0 元）',
    basis: '30号文：收取信息处理费的情况，在此处专门报告',
  },
  'T-TEXT': {
    severity: 'warning',
    title: '正文与表格一致',
    formula:
      '正文写明的件数与表格一致：收到、上年结转、办结、结转下年度的申请与表三；予以公开、部分公开、不予公开、无法提供、不予处理、其他处理与表三相应各项；行政复议、行政诉讼与表四；制发、废止、现行有效的规章和行政规范性文件与表二；信息处理费与第六部分所填金额。“共 N 条，其中……”所列各项之和不超过总数，列有“其他”“其余”时等于总数',
    basis:
      '30号文：数据准确、要素齐备；比对工具把正文与表格不一致列为勾稽问题（正文口径可能不同，故为警告）',
  },
  'L-LEN': {
    severity: 'warning',
    title: '总体情况篇幅',
    formula: '一、总体情况不超过 1000 字（不计空白）',
    basis: '30号文：篇幅原则上不超过一千字',
  },
  'L-REPEAT': {
    severity: 'warning',
    title: '与上年雷同',
    formula:
      '五、存在的主要问题及改进情况（以及一、总体情况）与上年度报告相比，重复率不超过 50%：重复率＝本年文本（不计空白和标点，数字按一个字计）中落在与上年文本相同的连续 12 字以上片段里的字数 ÷ 本年文本字数',
    basis: '30号文：不得出现敷衍了事甚至年年雷同现象；有地方考核细则以“与上年度重复率大于50%”扣分',
  },
  'D-DEADLINE': {
    severity: 'warning',
    title: '发布日期',
    formula:
      '部门、乡镇及其他机关次年 1 月 31 日前；县级以上人民政府次年 3 月 31 日前；不早于报告年度结束',
    basis: '条例第四十九条；30号文“报告方式及时间”',
  },
  'P-RULE': {
    severity: 'warning',
    title: '规章件数',
    formula: '没有规章制定权的机关，规章三格通常为 0',
    basis: '立法法：国务院部门、省级和设区的市级人民政府可以制定规章',
  },
  'P-FEE-UNIT': {
    severity: 'warning',
    title: '收费金额单位',
    formula: '表二本年收费金额以万元计；金额异常大时核对是否误填了元',
    basis: '表二表头“本年收费金额（单位：万元）”',
  },
  'P-OTHER': {
    severity: 'info',
    title: '其他处理占比',
    formula: '（六）其他处理占（七）总计的比例不宜偏高',
    basis: '2019 年试行格式：对“其他处理”数量偏高的行政机关，要了解情况',
  },
  'X-CARRY': {
    severity: 'error',
    title: '跨年度结转',
    formula: '本年二、上年结转 ＝ 上年度报告四、结转下年度继续办理（七列逐列）',
    basis: '评估与比对惯例；机构调整等原因可以说明',
    explainable: true,
  },
  'X-VALID': {
    severity: 'warning',
    title: '现行有效件数',
    formula:
      '本年现行有效件数 ＝ 上年现行有效件数 ＋ 本年制发件数 － 本年废止件数（规章、行政规范性文件各自）',
    basis: '比对惯例；清理、修订常使其不成立，需要说明而不是改数',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof ruleCatalogue;

export const ruleIds = Object.keys(ruleCatalogue) as [RuleId, ...RuleId[]];
