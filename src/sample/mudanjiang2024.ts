// The built-in sample: 牡丹江经济技术开发区管理委员会 2024 年政府信息公开工作年度报告, as published
// (shared/examples/mudanjiang-edz-2024.txt). It is kept as an imported report: the cells it filled
// in, plus the totals it printed, so its real slip shows — its （七）总计 says 1 where its results
// add up to 2. Table 三 is in the 2019 layout: （六）其他处理 is one row.

import { emptyReview } from '../model/review/schema.ts';
import { t2, t3, t4, type CellAddress } from '../model/form/cells.ts';
import { table3ApplicantColumns, type Table3RowId } from '../model/form/table3.ts';
import type { Report } from '../model/report.ts';
import type { CellValue } from '../model/values.ts';

type SixApplicants = readonly [number, number, number, number, number, number];

/** Table 三 rows as printed: six applicant counts, then the 总计 where the report printed one. */
const table3: readonly (readonly [Table3RowId, SixApplicants, number?])[] = [
  ['newReceived', [2, 0, 0, 0, 0, 0]],
  ['carriedOver', [0, 0, 0, 0, 0, 0]],
  ['disclosed', [1, 0, 0, 0, 0, 0]],
  ['partlyDisclosed', [1, 0, 0, 0, 0, 0]],
  ['withheldStateSecret', [0, 0, 0, 0, 0, 0], 0],
  ['withheldLawProhibited', [0, 0, 0, 0, 0, 0], 0],
  ['withheldThreeSecurities', [0, 0, 0, 0, 0, 0], 0],
  ['withheldThirdParty', [0, 0, 0, 0, 0, 0], 0],
  ['withheldInternalAffairs', [0, 0, 0, 0, 0, 0], 0],
  ['withheldProcess', [0, 0, 0, 0, 0, 0], 0],
  ['withheldEnforcementFile', [0, 0, 0, 0, 0, 0], 0],
  ['withheldQuery', [0, 0, 0, 0, 0, 0], 0],
  ['unavailableNotHeld', [0, 0, 0, 0, 0, 0], 0],
  ['unavailableNeedsCreation', [0, 0, 0, 0, 0, 0], 0],
  ['unavailableUnclear', [0, 0, 0, 0, 0, 0], 0],
  ['notProcessedPetition', [0, 0, 0, 0, 0, 0], 0],
  ['notProcessedRepeated', [0, 0, 0, 0, 0, 0], 0],
  ['notProcessedPublication', [0, 0, 0, 0, 0, 0], 0],
  ['notProcessedExcessive', [0, 0, 0, 0, 0, 0], 0],
  ['notProcessedConfirmation', [0, 0, 0, 0, 0, 0], 0],
  ['otherHandling', [0, 0, 0, 0, 0, 0], 0],
  ['carriedForward', [0, 0, 0, 0, 0, 0], 0],
];

/** The （七）总计 row exactly as printed. */
const printedResultTotal: SixApplicants = [1, 0, 0, 0, 0, 0];
const printedGrandTotal = 1;

function sampleCells(): Partial<Record<CellAddress, CellValue>> {
  const cells: Partial<Record<CellAddress, CellValue>> = {
    [t2('rules', 'issued')]: 0,
    [t2('rules', 'repealed')]: 0,
    [t2('rules', 'inForce')]: 0,
    [t2('normativeDocs', 'issued')]: 0,
    [t2('normativeDocs', 'repealed')]: 0,
    [t2('normativeDocs', 'inForce')]: 0,
    [t2('licensing', 'decisions')]: 0,
    [t2('penalty', 'decisions')]: 0,
    [t2('enforcement', 'decisions')]: 0,
    [t2('fees', 'amount')]: '0',
    [t4('review', 'upheld')]: 0,
    [t4('review', 'corrected')]: 0,
    [t4('review', 'otherResult')]: 1,
    [t4('review', 'pending')]: 0,
  };
  for (const kind of ['directSuit', 'suitAfterReview'] as const) {
    for (const outcome of ['upheld', 'corrected', 'otherResult', 'pending'] as const) {
      cells[t4(kind, outcome)] = 0;
    }
  }
  for (const [row, counts] of table3) {
    table3ApplicantColumns.forEach((column, i) => {
      cells[t3(row, column.id)] = counts[i] ?? 0;
    });
  }
  return cells;
}

function sampleDeclared(): Partial<Record<CellAddress, number>> {
  const declared: Partial<Record<CellAddress, number>> = {
    [t3('resultTotal', 'total')]: printedGrandTotal,
    [t4('review', 'total')]: 1,
    [t4('directSuit', 'total')]: 0,
    [t4('suitAfterReview', 'total')]: 0,
  };
  for (const [row, , total] of table3) {
    if (total !== undefined) declared[t3(row, 'total')] = total;
  }
  table3ApplicantColumns.forEach((column, i) => {
    declared[t3('resultTotal', column.id)] = printedResultTotal[i] ?? 0;
  });
  return declared;
}

export const sampleReport: Report = {
  header: {
    agencyName: '牡丹江经济技术开发区管理委员会',
    year: 2024,
    category: '开发区等其他',
    publishDate: '2025-01-10',
  },
  preamble:
    '为深入贯彻落实《中华人民共和国政府信息公开条例》，现将牡丹江经济技术开发区管理委员会 2024 年度政府信息公开工作报告如下（报告中涉及数据时间为 2024 年 1 月 1 日-12 月 31 日）',
  table3Layout: '2019',
  cells: sampleCells(),
  declared: sampleDeclared(),
  overview: {
    summary:
      '2024 年，牡丹江经济技术开发区管理委员会（以下简称“开发区”）在市委、市政府的正确领导下，认真贯彻落实《中华人民共和国政府信息公开条例》、国办公开办函[2021]30 号通知等文件精神，紧紧围绕本单位工作，加强组织领导，建立相应工作机制，做到了领导、科室、人员“三到位”。逐级明确任务、夯实责任，把政府信息公开工作任务分解到内部的有关单位和人员，为开发区政府信息公开工作的顺利开展提供了强有力的组织保证。',
    activeDisclosure:
      '开发区采取有效措施，不断深化政务公开工作，加大对信息公开载体的建设通过政务网平台、微信公众号，聚焦重点工作及时发布权威信息，通过微信公众号推送全方位推进政务公开工作。2024 年网站累计更新发布各类信息 226 条，其中，概况类信息 174 条，政务动态信息 46 条，信息公开目录信息 6 条，开设了 6 个专题专栏。公众号、微信小程序全年共发布信息 756 条。',
    requestDisclosure:
      '开发区按照“公开是原则，不公开是例外”的要求，在积极抓好政府信息公开主动公开和依申请公开的基础上，不断创新方式方法，实行重大决策听证会制度。全年共接收 2 件政府信息公开申请，均及时答复申请，并按申请人要求以邮寄方式送达申请人。',
    informationManagement:
      '建立了严格的政府信息审核发布制度，明确了信息审核的责任主体、审核流程和审核标准。在信息发布前，由信息产生部门进行初审，再提交分管领导进行终审，确保信息的真实性、准确性和合法性。定期对政府信息进行梳理和更新，确保信息的时效性。',
    platformBuilding:
      '开发区积极保障和改善政务公开条件及经费，将政务公开专项培训经费、政府信息公开平台升级、开发区门户网站信息公开由开发区营商局负责人和主管领导及 2 名技术人员负责政务信息的审核、发布及网站的正常维护，有效保障了政务信息及时准确公开。',
    supervision:
      '将政府信息公开工作纳入绩效考核体系，定期对信息公开工作进行检查和考核，确保工作落实到位。明确责任部门、责任领导和时限要求，逐项推动落实，进一步规范政务公开工作，常态化监督，确保信息准确并及时更新。',
  },
  problems:
    '2024 年我区在政府信息公开方面做了大量的工作，但我们也清醒地认识到，政务公开工作还存在着一些不足：一是部分科室和人员对政务公开工作特别是信息主动公开的意识还不强，认识有待进一步提高；二是政务公开工作的管理和目标考核还需加强。我们将在今后的工作中努力改进，着重做好以下几方面工作：一要加强思想教育，进一步提高对政务公开工作的认识。二要加强学习培训，进一步提升做好政务公开的能力和水平。三要加强信息公开平台的建设完善，拓宽政务信息公开的渠道。四要完善信息采集机制，增强信息发布的时效性。五要健全工作机制，确保政务公开各项工作落实到位。六要加大督查力度，促进政务公开工作扎实开展。',
  otherMatters: { processingFee: null, text: '无', items: [] },
  review: emptyReview,
};
