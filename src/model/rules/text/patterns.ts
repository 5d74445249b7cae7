// The phrasings T-TEXT reads. Each pattern ties a figure to what it counts only when the words
// around it leave no doubt: the gaps between verb, object and number admit modifiers and filler
// words, never another number, a clause break, a conjunction (“来信和申请共 5 件” counts two
// things) or an approximation (约、近、余). What a pattern does not match is simply not read.

import type { MeasureId } from './measures.ts';
import { numberSource } from './numerals.ts';

/**
 * Where a figure may be trusted: `application` and `disclosure` figures only in a sentence about
 * applications (申请) or about 信息公开 respectively, or in 一（二）依申请公开; `requestsField`
 * ones (a bare 申请) only there.
 */
export type StatementContext = 'any' | 'application' | 'disclosure' | 'requestsField';

export interface StatementPattern {
  /** Words one of which the text must contain for the pattern to be worth running. */
  readonly triggers: readonly string[];
  readonly regex: RegExp;
  readonly context: StatementContext;
  /** What the match counts; `subject` is a 表二 subject named earlier in the sentence, if any. */
  readonly measures: (groups: MatchGroups, subject: Subject | undefined) => readonly MeasureId[];
  /** A negated phrase (未收到……申请, 未收取信息处理费) states 0 and has no number. */
  readonly isZero?: true;
}

export type MatchGroups = Readonly<Record<string, string | undefined>>;
export type Subject = 'rules' | 'docs';

// Pieces. Named groups: n (the number), u (its unit); k1, k2, docs, rules as noted.
const n = `(?<n>${numberSource})`;
/** A number that starts a match must not be the tail of a longer one. */
const numberStart = '(?<![0-9０-９.．,零〇一二两三四五六七八九十百千万])';
const unit = (units: string) => `\\s*(?<u>${units})(?!以上|左右|余|多)`;
const countUnit = unit('件|个');
const caseUnit = unit('件|起|个|宗');
const documentUnit = unit('件|个|部|项|份');
/** Words that may stand between a phrase and its number without changing what is counted. */
const filler = '(?:\\s|共计|共|合计|总计|累计|计|达到|达|为|有|数量|总数|件数|：|:|的)*';
const leadIn = '(?:了|共计|共|合计|总计|累计|\\s)*';
/** A gap inside a clause: no break, digit or conjunction, nor words about last year's (结转, 上年). */
const gap = (max: number, also = '') =>
  `(?:公民、法人(?:或者?|和|及)其他组织|法人(?:或者?|和|及)其他组织|(?!结转|上年|去年|上一年${also})[^，,。；;：:！？!?\\n0-9０-９、和及与或]){0,${max}}?`;
const clauseEnd = '(?=[，,。；;！!？?（(]|$)';

/** 政府信息公开申请; 依申请公开 alone only right before its count (受理依申请公开 15 件). */
const application = `(?:(?:政府信息公开|信息公开)申请(?!人|书)|依申请公开(?:申请(?!人|书)|事项|(?=${filler}${numberSource})))`;
const anyApplication = `(?:${application}|申请(?!人|书))`;
const receive = '(?<!不予|未|不|没有)(?:新收|收到|受理|接收|接到|收悉|登记)';

/** 表二's two subjects; 规章制度 is not 规章, 党内规范性文件 not a 行政规范性文件. */
const subject = '(?:(?<docs>(?<!党内|党的)(?:行政)?规范性文件)|(?<rules>规章)(?!制度))';
export const subjectPattern = /(?<!党内|党的)(?:行政)?规范性文件|规章(?!制度)/g;
const subjectGap = gap(16, '|规范性文件|规章');

/** Plans and proposals (下一步将制定, 拟废止) are not what happened this year. */
const notDone = '(?<!拟|将|计划|预计|准备|建议|提请|力争)';

const one =
  (measure: MeasureId): StatementPattern['measures'] =>
  () => [measure];

const bySubject =
  (rules: MeasureId, docs: MeasureId): StatementPattern['measures'] =>
  (groups, inherited) => {
    const named: Subject | undefined = groups.docs ? 'docs' : groups.rules ? 'rules' : inherited;
    return named === 'rules' ? [rules] : named === 'docs' ? [docs] : [];
  };

const caseKind = (word: string | undefined): MeasureId[] =>
  word === '行政复议' ? ['review'] : word === '行政诉讼' ? ['suit'] : [];

/** `d` gives the number's own offset, so two patterns reading one figure count it once. */
const regex = (source: string) => new RegExp(source, 'dg');

/** Results of applications, as 表三 names them; the lookbehinds keep 部分予以公开 out of 予以公开. */
const resultPhrases: readonly (readonly [MeasureId, string, readonly string[]])[] = [
  ['disclosed', '(?<!部分|不)(?:予以公开|同意公开|全部公开)', ['予以公开', '同意公开', '全部公开']],
  ['partlyDisclosed', '部分(?:予以)?公开', ['部分']],
  ['withheld', '不予公开', ['不予公开']],
  ['unavailable', '无法提供', ['无法提供']],
  ['notProcessed', '不予处理', ['不予处理']],
  ['otherHandling', '其他处理', ['其他处理']],
];

export const statementPatterns: readonly StatementPattern[] = [
  // 共收到政府信息公开申请 15 件 · 新收政府信息公开申请数量为 15 件
  {
    triggers: ['申请'],
    regex: regex(`${receive}了?${gap(24)}${application}${filler}${n}${countUnit}`),
    context: 'any',
    measures: one('received'),
  },
  // 共接收 2 件政府信息公开申请
  {
    triggers: ['申请'],
    regex: regex(`${receive}${leadIn}${n}${countUnit}${gap(12)}${application}`),
    context: 'any',
    measures: one('received'),
  },
  // 本年度未收到政府信息公开申请
  {
    triggers: ['申请'],
    regex: regex(
      `(?:未|没有)(?:新收|收到|受理|接收|接到)(?:过|任何)?${gap(12)}${application}(?:的?情况)?${clauseEnd}`,
    ),
    context: 'any',
    measures: one('received'),
    isZero: true,
  },
  // In 一（二）依申请公开 only: 共收到申请 15 件 · 受理 3 件申请
  {
    triggers: ['申请'],
    regex: regex(`${receive}了?(?:各类|群众|公众|的|\\s)*申请(?!人|书)${filler}${n}${countUnit}`),
    context: 'requestsField',
    measures: one('received'),
  },
  {
    triggers: ['申请'],
    regex: regex(`${receive}${leadIn}${n}${countUnit}的?申请(?!人|书)`),
    context: 'requestsField',
    measures: one('received'),
  },
  // 上年结转政府信息公开申请 2 件 · 上年度结转的 2 件
  {
    triggers: ['结转', '遗留', '转入'],
    regex: regex(
      `(?:上一?年度?|去年)(?:结转|遗留|转入)(?:至本年度?|到本年度?)?的?${anyApplication}?${filler}${n}${countUnit}`,
    ),
    context: 'application',
    measures: one('carriedOver'),
  },
  // 办结 14 件 · 办理完毕政府信息公开申请 14 件; 按时办结 N 件 counts only those on time
  {
    triggers: ['办结', '完毕'],
    regex: regex(
      `(?<!按时|及时|按期|如期|逾期|延期|超期|未|不)(?:办结|办理完毕|处理完毕)了?${anyApplication}?${filler}${n}${countUnit}`,
    ),
    context: 'application',
    measures: one('concluded'),
  },
  // 结转下年度继续办理 1 件 · 1 件申请结转至下一年度
  {
    triggers: ['结转'],
    regex: regex(
      `结转(?:至|到)?(?:下一?年度?|次年|明年)(?:继续)?(?:办理|处理)?的?${anyApplication}?${filler}${n}${countUnit}`,
    ),
    context: 'application',
    measures: one('carriedForward'),
  },
  {
    triggers: ['结转'],
    regex: regex(
      `${numberStart}${n}${countUnit}${anyApplication}?(?:需|将|已|因故|需要)?(?:结转|转入)(?:至|到)?(?:下一?年度?|次年|明年)`,
    ),
    context: 'application',
    measures: one('carriedForward'),
  },
  // 予以公开 8 件 · 2 件部分公开
  ...resultPhrases.flatMap(([measure, phrase, triggers]): StatementPattern[] => [
    {
      triggers,
      regex: regex(`${phrase}的?(?:申请(?!人|书))?${filler}${n}${countUnit}`),
      context: 'application',
      measures: one(measure),
    },
    {
      triggers,
      regex: regex(
        `${numberStart}${n}${countUnit}(?:申请(?!人|书))?(?:被|已|均)?${phrase}${clauseEnd}`,
      ),
      context: 'application',
      measures: one(measure),
    },
  ]),
  // 因政府信息公开被申请行政复议 1 件 · 提起行政诉讼 0 起
  {
    triggers: ['行政复议'],
    regex: regex(
      `(?<![、和及与或])(?:被申请|申请|提起|发生|收到|涉及)?行政复议(?:案件|申请)?${filler}${n}${caseUnit}`,
    ),
    context: 'disclosure',
    measures: one('review'),
  },
  {
    triggers: ['行政诉讼'],
    regex: regex(
      `(?<!行政复议[、和及与或]|[、和及与或])(?:被提起|提起|发生|涉及|被)?行政诉讼(?:案件)?${filler}${n}${caseUnit}`,
    ),
    context: 'disclosure',
    measures: one('suit'),
  },
  // 未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况; not 未发生行政诉讼败诉
  {
    triggers: ['行政复议', '行政诉讼'],
    regex: regex(
      '(?:未|没有|无)(?:发生|出现|收到|产生|涉及|被)?过?(?:因|就)?(?:政府信息公开|信息公开)?(?:工作|事项)?' +
        '(?:而|引起的|引发的|产生的)?(?:被申请|被提起|申请|提起)?(?<k1>行政复议|行政诉讼)(?:案件)?' +
        '(?:(?:、|和|及|与|或者|或)(?:被申请|被提起|申请|提起)?(?<k2>行政复议|行政诉讼)(?:案件)?)?' +
        `(?:的?情况|的?情形|事项|事件)?${clauseEnd}`,
    ),
    context: 'disclosure',
    measures: (groups) => [...caseKind(groups.k1), ...caseKind(groups.k2)],
    isZero: true,
  },
  // 制发行政规范性文件 3 件 · 制发 3 件规范性文件
  {
    triggers: ['规范性文件', '规章'],
    regex: regex(
      `${notDone}(?<!累计|历年|以来)(?:新制发|制发|新制定|制定|印发|出台)了?${subjectGap}${subject}${filler}${n}${documentUnit}`,
    ),
    context: 'any',
    measures: bySubject('rulesIssued', 'docsIssued'),
  },
  {
    triggers: ['规范性文件', '规章'],
    regex: regex(
      `${notDone}(?<!累计|历年|以来)(?:新制发|制发|新制定|制定|印发|出台)${leadIn}${n}${documentUnit}${subjectGap}${subject}`,
    ),
    context: 'any',
    measures: bySubject('rulesIssued', 'docsIssued'),
  },
  // 废止规章 1 件 · 清理规范性文件 30 件，废止 3 件 (the subject named earlier in the sentence)
  {
    triggers: ['废止'],
    regex: regex(
      `${notDone}(?<![、和及与或])废止了?(?:${subjectGap}${subject})?${filler}${n}${documentUnit}`,
    ),
    context: 'any',
    measures: bySubject('rulesRepealed', 'docsRepealed'),
  },
  // 现行有效规范性文件 20 件 · 规范性文件现行有效 20 件 · 现行有效件数 20 件
  {
    triggers: ['现行有效'],
    regex: regex(`现行有效的?(?:${subjectGap}${subject})?${filler}${n}${documentUnit}`),
    context: 'any',
    measures: bySubject('rulesInForce', 'docsInForce'),
  },
  {
    triggers: ['现行'],
    regex: regex(`${subject}的?现行(?:有效)?(?:件数|数量)?${filler}${n}${documentUnit}`),
    context: 'any',
    measures: bySubject('rulesInForce', 'docsInForce'),
  },
  // 收取信息处理费 3940 元 · 未收取信息处理费 (免收 100 元 is what was waived, not collected)
  {
    triggers: ['信息处理费'],
    regex: regex(
      `(?<!免收|减免|免|退还|退|应收|少收|多收)信息处理费(?:收取|收费|共计|合计|金额|总额|总计|收入)?${filler}${n}\\s*(?<u>元)`,
    ),
    context: 'any',
    measures: one('processingFee'),
  },
  {
    triggers: ['信息处理费'],
    regex: regex(
      '(?:未|没有|不|无|未曾|均未|并未)(?:收取|产生|收|发生|涉及)(?:过|任何)?(?:政府信息公开)?的?信息处理费',
    ),
    context: 'any',
    measures: one('processingFee'),
    isZero: true,
  },
];

/**
 * “均及时答复” after a count of received applications: every one of them was answered within the
 * year. 均未答复, 尚未全部办结 and the like are not claims.
 */
export const allAnsweredPattern = regex(
  '(?<!未|没|没有|尚未|不)(?:已|已经)?(?:全部|均|都|皆|全都)(?:已|已经)?' +
    '(?:按时|及时|依法|按期|如期|在法定期限内|在规定期限内|在法定时限内|在规定时限内)?' +
    '(?:予以|作出|进行)?(?:答复|办结|办理完毕|处理完毕|回复)',
);
