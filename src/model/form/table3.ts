// 表三 收到和处理政府信息公开申请情况: the official rows and columns, labels verbatim.
// Identifiers are listed in docs/glossary.md.

export const table3Title = '三、收到和处理政府信息公开申请情况';

/** The sentence printed in the table's corner; the source of rule R3-BALANCE. */
export const table3BalanceNote =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const table3ApplicantColumns = [
  { id: 'natural', label: '自然人' },
  { id: 'commercial', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'publicInterest', label: '社会公益组织' },
  { id: 'legalService', label: '法律服务机构' },
  { id: 'otherOrg', label: '其他' },
] as const;

export type Table3ApplicantColumnId = (typeof table3ApplicantColumns)[number]['id'];
export type Table3ColumnId = Table3ApplicantColumnId | 'total';

export const table3Columns = [
  ...table3ApplicantColumns,
  { id: 'total', label: '总计' },
] as const satisfies readonly { id: Table3ColumnId; label: string }[];

/** Column header groups as printed: 申请人情况 over all seven, 法人或其他组织 over five. */
export const table3ColumnGroups = {
  applicants: '申请人情况',
  organizations: '法人或其他组织',
} as const;

/** Columns under 法人或其他组织; their labels are qualified by it when a cell is named. */
export const table3OrganizationColumnIds: readonly Table3ApplicantColumnId[] = [
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'otherOrg',
];

export const table3Groups = {
  results: '三、本年度办理结果',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
} as const;

export type Table3GroupId = keyof typeof table3Groups;

interface RowDef<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** The label without its printed note, where it has one, for messages that list rows. */
  readonly brief?: string;
  /** Innermost first: a row under （三）不予公开 has groups ['withheld', 'results']. */
  readonly groups: readonly Table3GroupId[];
}

const row = <Id extends string>(id: Id, label: string, ...groups: Table3GroupId[]): RowDef<Id> => ({
  id,
  label,
  groups,
});

const withheldRows = [
  row('withheldStateSecret', '1.属于国家秘密', 'withheld', 'results'),
  row('withheldLawProhibited', '2.其他法律行政法规禁止公开', 'withheld', 'results'),
  row('withheldThreeSecurities', '3.危及“三安全一稳定”', 'withheld', 'results'),
  row('withheldThirdParty', '4.保护第三方合法权益', 'withheld', 'results'),
  row('withheldInternalAffairs', '5.属于三类内部事务信息', 'withheld', 'results'),
  row('withheldProcess', '6.属于四类过程性信息', 'withheld', 'results'),
  row('withheldEnforcementFile', '7.属于行政执法案卷', 'withheld', 'results'),
  row('withheldQuery', '8.属于行政查询事项', 'withheld', 'results'),
] as const;

const unavailableRows = [
  row('unavailableNotHeld', '1.本机关不掌握相关政府信息', 'unavailable', 'results'),
  row('unavailableNeedsCreation', '2.没有现成信息需要另行制作', 'unavailable', 'results'),
  row('unavailableUnclear', '3.补正后申请内容仍不明确', 'unavailable', 'results'),
] as const;

const notProcessedRows = [
  row('notProcessedPetition', '1.信访举报投诉类申请', 'notProcessed', 'results'),
  row('notProcessedRepeated', '2.重复申请', 'notProcessed', 'results'),
  row('notProcessedPublication', '3.要求提供公开出版物', 'notProcessed', 'results'),
  row('notProcessedExcessive', '4.无正当理由大量反复申请', 'notProcessed', 'results'),
  row(
    'notProcessedConfirmation',
    '5.要求行政机关确认或重新出具已获取信息',
    'notProcessed',
    'results',
  ),
] as const;

const otherHandlingRows = [
  row(
    'otherNoCorrection',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'otherHandling',
    'results',
  ),
  row(
    'otherUnpaidFee',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'otherHandling',
    'results',
  ),
  row('otherElse', '3.其他', 'otherHandling', 'results'),
] as const;

/** The 2019 trial format (国办公开办函〔2019〕60号) has （六）其他处理 as one undivided row. */
const legacyOtherHandlingRow = row('otherHandling', '（六）其他处理', 'results');

const headRows = [
  row('newReceived', '一、本年新收政府信息公开申请数量'),
  row('carriedOver', '二、上年结转政府信息公开申请数量'),
  row('disclosed', '（一）予以公开', 'results'),
  {
    ...row(
      'partlyDisclosed',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      'results',
    ),
    brief: '（二）部分公开',
  },
  ...withheldRows,
  ...unavailableRows,
  ...notProcessedRows,
] as const;

const tailRows = [
  row('resultTotal', '（七）总计', 'results'),
  row('carriedForward', '四、结转下年度继续办理'),
] as const;

/** Table 三 row layouts: the 2021 format, and the 2019 trial format kept so old reports load. */
export const table3Layouts = ['2021', '2019'] as const;
export type Table3Layout = (typeof table3Layouts)[number];

export const table3RowsByLayout = {
  '2021': [...headRows, ...otherHandlingRows, ...tailRows],
  '2019': [...headRows, legacyOtherHandlingRow, ...tailRows],
} as const;

export type Table3Row = (typeof table3RowsByLayout)[Table3Layout][number];
export type Table3RowId = Table3Row['id'];

/** Rows whose counts add up to （七）总计 in a layout: every row under 三、 but （七） itself. */
export function table3ResultRows(layout: Table3Layout): readonly Table3Row[] {
  return table3RowsByLayout[layout].filter(
    (r) => r.groups.includes('results') && r.id !== 'resultTotal',
  );
}

/** Rows under a sub-heading （三）–（六）; in the 2019 layout （六） is its own single row. */
export function table3GroupRows(layout: Table3Layout, group: Table3GroupId): readonly Table3Row[] {
  return table3RowsByLayout[layout].filter(
    (r) => r.groups[0] === group || (group === 'otherHandling' && r.id === 'otherHandling'),
  );
}

/** A row's official labels from the outside in, e.g. 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密. */
export function table3RowNames(row: Table3Row): string[] {
  return [...row.groups]
    .reverse()
    .map((group): string => table3Groups[group])
    .concat(row.label);
}

const shortRowNames: ReadonlyMap<Table3RowId, string> = new Map(
  [...table3RowsByLayout['2021'], ...table3RowsByLayout['2019']].map((row) => {
    const names = table3RowNames(row).filter((name) => name !== table3Groups.results);
    return [row.id, [...names.slice(0, -1), 'brief' in row ? row.brief : row.label].join('·')];
  }),
);

/** A row named within 三、本年度办理结果, as messages about one column of results name it. */
export function table3ShortRowName(row: Table3Row): string {
  return shortRowNames.get(row.id) ?? row.label;
}

/** A column's labels; 其他 is named with its group, as alone it would read like the row 3.其他. */
export function table3ColumnNames(column: Table3ColumnId): string[] {
  const label = table3Columns.find((c) => c.id === column)?.label ?? column;
  return column === 'otherOrg' ? [table3ColumnGroups.organizations, label] : [label];
}
