// What T-TEXT reads from a sentence, phrasing by phrasing. Sentences marked 依申请公开 stand in
// 一（二）依申请公开, the others in 一、总体情况's summary; the report year is 2024.

import { describe, expect, it } from 'vitest';
import { statedFigures } from './checkText.ts';
import type { MeasureId } from './measures.ts';
import type { NarrativeField } from './narrative.ts';

type Where = 'summary' | '依申请公开';

function figuresOf(text: string, where: Where): [MeasureId, number][] {
  const field: NarrativeField = {
    address: where === 'summary' ? 's1.summary' : 's1.requestDisclosure',
    section: 's1',
    label: where,
    text,
    isAboutRequests: where === '依申请公开',
  };
  return statedFigures(field, 2024).map((s) => [s.measure, s.value]);
}

describe('reads the figures of phrasings that leave no doubt', () => {
  it.each<[string, Where, [MeasureId, number][]]>([
    ['全年共收到政府信息公开申请 15 件。', 'summary', [['received', 15]]],
    ['2024 年共受理政府信息公开申请12件。', 'summary', [['received', 12]]],
    ['2024 年，本机关共受理政府信息公开申请 5 件。', 'summary', [['received', 5]]],
    ['本年度新收政府信息公开申请数量为 8 件。', 'summary', [['received', 8]]],
    ['全年共接收 2 件政府信息公开申请，均及时答复申请。', 'summary', [['received', 2]]],
    ['共收到公民、法人或其他组织提出的政府信息公开申请１５件。', 'summary', [['received', 15]]],
    ['本年度收到政府信息公开申请二十三件。', 'summary', [['received', 23]]],
    ['全年共收到政府信息公开申请一百零三件。', 'summary', [['received', 103]]],
    ['共收到依申请公开申请两件。', 'summary', [['received', 2]]],
    ['全年受理依申请公开 15 件。', 'summary', [['received', 15]]],
    ['共收到政府信息公开申请 1,234 件。', 'summary', [['received', 1234]]],
    ['收到政府信息公开申请 15 件次。', 'summary', [['received', 15]]],
    ['本年度未收到政府信息公开申请。', 'summary', [['received', 0]]],
    ['共收到申请 6 件，均已按时答复。', '依申请公开', [['received', 6]]],
    ['2024 年 1 月至 12 月，共收到政府信息公开申请 9 件。', 'summary', [['received', 9]]],
    ['共收到政府信息公开申请 15 件，比 2023 年增加 5 件。', 'summary', [['received', 15]]],
    ['收到各级转办的政府信息公开申请 5 件。', 'summary', [['received', 5]]],
    ['上年度结转至本年度的申请 2 件，其中 1 件不予处理。', 'summary', [['carriedOver', 2]]],
    [
      '共收到政府信息公开申请 3 件，其中 1 件不予处理。',
      'summary',
      [
        ['received', 3],
        ['notProcessed', 1],
      ],
    ],
    ['受理 3 件申请。', '依申请公开', [['received', 3]]],
    ['新收申请 7 件。', '依申请公开', [['received', 7]]],
    ['全年共收到政府信息公开申请 15 件，较上年增加 3 件。', 'summary', [['received', 15]]],
    ['共收到政府信息公开申请 15 件，其中涉及征地拆迁 6 件。', 'summary', [['received', 15]]],
    [
      '共收到政府信息公开申请 12 件（含上年结转 2 件）。',
      'summary',
      [
        ['received', 12],
        ['carriedOver', 2],
      ],
    ],
    ['上年结转政府信息公开申请 2 件。', 'summary', [['carriedOver', 2]]],
    ['上一年度结转申请 3 件。', 'summary', [['carriedOver', 3]]],
    ['上年度结转的 1 件申请已办结。', 'summary', [['carriedOver', 1]]],
    [
      '本年度共收到政府信息公开申请 10 件，办结 9 件，结转下年度继续办理 1 件。',
      'summary',
      [
        ['received', 10],
        ['concluded', 9],
        ['carriedForward', 1],
      ],
    ],
    ['已办理完毕政府信息公开申请 14 件。', 'summary', [['concluded', 14]]],
    ['本年度办结政府信息公开申请十二件。', 'summary', [['concluded', 12]]],
    ['另有 1 件申请结转至下一年度办理。', 'summary', [['carriedForward', 1]]],
    ['结转下年度 0 件。', '依申请公开', [['carriedForward', 0]]],
    [
      '其中予以公开 8 件，部分公开 2 件，不予公开 1 件，无法提供 3 件，不予处理 1 件，其他处理 0 件。',
      '依申请公开',
      [
        ['disclosed', 8],
        ['partlyDisclosed', 2],
        ['withheld', 1],
        ['unavailable', 3],
        ['notProcessed', 1],
        ['otherHandling', 0],
      ],
    ],
    ['办理结果方面，予以公开的申请 5 件。', 'summary', [['disclosed', 5]]],
    [
      '收到的申请全部办理，2 件予以公开，1 件部分公开。',
      'summary',
      [
        ['disclosed', 2],
        ['partlyDisclosed', 1],
      ],
    ],
    ['依申请公开方面，部分予以公开 3 件。', 'summary', [['partlyDisclosed', 3]]],
    ['不予公开的 2 件申请均属于国家秘密。', 'summary', [['withheld', 2]]],
    [
      '全年因政府信息公开被申请行政复议 1 件、提起行政诉讼 2 件。',
      'summary',
      [
        ['review', 1],
        ['suit', 2],
      ],
    ],
    ['本机关因政府信息公开工作被申请行政复议一起。', 'summary', [['review', 1]]],
    [
      '行政复议 0 件，行政诉讼 0 件。',
      '依申请公开',
      [
        ['review', 0],
        ['suit', 0],
      ],
    ],
    [
      '未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。',
      'summary',
      [
        ['review', 0],
        ['suit', 0],
      ],
    ],
    [
      '全年无因政府信息公开引起的行政复议和行政诉讼案件。',
      'summary',
      [
        ['review', 0],
        ['suit', 0],
      ],
    ],
    ['未因政府信息公开被提起行政诉讼。', 'summary', [['suit', 0]]],
    ['本年度制发行政规范性文件 3 件。', 'summary', [['docsIssued', 3]]],
    ['印发 5 件规范性文件。', 'summary', [['docsIssued', 5]]],
    [
      '新制定规章 1 件，废止规章 2 件，现行有效规章 12 件。',
      'summary',
      [
        ['rulesIssued', 1],
        ['rulesRepealed', 2],
        ['rulesInForce', 12],
      ],
    ],
    ['清理规范性文件 30 件，废止 3 件。', 'summary', [['docsRepealed', 3]]],
    ['现行有效行政规范性文件 46 件。', 'summary', [['docsInForce', 46]]],
    ['本机关规范性文件现行有效 20 件。', 'summary', [['docsInForce', 20]]],
    [
      '制发规范性文件 2 件，废止 1 件，现行有效件数 15 件。',
      'summary',
      [
        ['docsIssued', 2],
        ['docsRepealed', 1],
        ['docsInForce', 15],
      ],
    ],
    ['印发《政务公开工作要点》等规范性文件 3 件。', 'summary', [['docsIssued', 3]]],
    ['本年度收取信息处理费 3940 元。', 'summary', [['processingFee', 3940]]],
    ['信息处理费：0 元。', 'summary', [['processingFee', 0]]],
    ['信息处理费共计 12.5 元。', 'summary', [['processingFee', 12.5]]],
    ['信息处理费零元。', 'summary', [['processingFee', 0]]],
    ['本年度未收取信息处理费。', 'summary', [['processingFee', 0]]],
  ])('%s (%s)', (text, where, expected) => {
    expect(figuresOf(text, where)).toEqual(expected);
  });
});

describe('reads nothing where the figure counts something else or is not certain', () => {
  it.each<[string, string, Where]>([
    ['a letter is no application', '收到群众来信 5 件。', 'summary'],
    ['a licence application is no 政府信息公开申请', '受理行政许可申请 300 件。', '依申请公开'],
    ['政府信息 is not an application', '发布政府信息 226 条。', 'summary'],
    ['two things counted together', '共收到群众来信和政府信息公开申请共 5 件。', 'summary'],
    ['a refusal to accept', '不予受理政府信息公开申请 2 件。', 'summary'],
    ['last year’s figure', '上年度收到政府信息公开申请 10 件。', 'summary'],
    ['another year named before', '2023 年共收到政府信息公开申请 10 件。', 'summary'],
    ['a comparison', '较去年收到的政府信息公开申请 10 件有所增加。', 'summary'],
    ['an approximation before', '收到政府信息公开申请约 300 件。', 'summary'],
    ['an approximation after', '收到政府信息公开申请 300 余件。', 'summary'],
    ['a share, not a count', '收到政府信息公开申请数量同比下降 20%。', 'summary'],
    ['part of the applications', '收到政府信息公开申请中涉及征地拆迁的 5 件。', 'summary'],
    ['an object that is not an application', '收到 2 件群众来信。', 'summary'],
    ['依申请公开 as a modifier', '接收 5 件依申请公开材料。', 'summary'],
    ['documents reviewed', '共审查公文 120 件，其中予以公开 100 件，不予公开 20 件。', 'summary'],
    ['documents, not applications', '予以公开政府文件 12 件。', '依申请公开'],
    ['results of a subset', '新收的 10 件申请中，予以公开 5 件。', 'summary'],
    ['concluded on time is a subset', '按时办结 9 件，延期办结 1 件。', '依申请公开'],
    ['a hotline is not about applications', '受理群众诉求 300 件，办结 298 件。', 'summary'],
    ['reviews the agency decided', '全年共办理行政复议案件 50 件。', 'summary'],
    ['one outcome of the reviews', '因政府信息公开被申请的行政复议结果维持 1 件。', 'summary'],
    ['reviews and suits together', '因政府信息公开发生行政复议、行政诉讼案件 2 件。', 'summary'],
    ['no lost suit is not no suit', '未发生因政府信息公开引起的行政诉讼败诉情况。', 'summary'],
    ['规章制度 are not 规章', '建立健全规章制度 5 项。', 'summary'],
    ['party documents', '制发党内规范性文件 2 件。', 'summary'],
    ['a running total', '累计制定规范性文件 50 件。', 'summary'],
    ['only proposed', '拟废止规范性文件 3 件。', 'summary'],
    ['amended and repealed together', '修改、废止规范性文件 5 件。', 'summary'],
    ['both subjects together', '制发规章和规范性文件 3 件。', 'summary'],
    ['repealed without a subject', '废止 3 件。', 'summary'],
    [
      'still valid after review is not in force',
      '清理规范性文件 50 件，继续有效 45 件。',
      'summary',
    ],
    ['a fee waived', '免收信息处理费 200 元。', 'summary'],
    ['a fee rate', '信息处理费收费标准为每件 100 元。', 'summary'],
    ['a fee in 万元', '信息处理费 0.1 万元。', 'summary'],
    ['other funds carried over', '上年结转资金 50 万元。', 'summary'],
    ['a time limit', '政府信息公开申请的答复期限为 20 个工作日。', 'summary'],
    ['motions, not applications', '收到人大代表建议 12 件、政协委员提案 8 件。', '依申请公开'],
    [
      'the sample’s web figures',
      '网站累计更新发布各类信息 226 条，其中概况类信息 174 条。',
      'summary',
    ],
    ['the sample’s staff', '由开发区营商局负责人和主管领导及 2 名技术人员负责。', 'summary'],
    ['a bare 申请 outside 依申请公开', '共收到申请 6 件。', 'summary'],
    ['a time limit after receiving', '收到申请后 15 个工作日内予以答复。', '依申请公开'],
    ['channels, not applications', '接收政府信息公开申请的窗口 2 个。', 'summary'],
    ['a plan', '下一步将制定规范性文件 2 件。', 'summary'],
    ['a year named by a law', '根据 2019 年修订的条例，共收到政府信息公开申请 5 件。', 'summary'],
    ['a destination year written in digits', '结转至 2025 年继续办理 1 件。', '依申请公开'],
    ['an answer rate', '政府信息公开申请办结率达 100%。', 'summary'],
  ])('%s: %s', (_, text, where) => {
    expect(figuresOf(text, where)).toEqual([]);
  });
});
