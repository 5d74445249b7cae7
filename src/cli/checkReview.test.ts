import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../model/check.ts';
import type { ReportDocument } from '../model/document.ts';
import { setFindingStatus, type ReviewResult } from '../model/review/actions.ts';
import { finalise } from '../model/review/finalise.ts';
import { emptyReview, type Review } from '../model/review/schema.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import {
  makeTempFolder,
  outputBlock,
  runNianbao,
  sampleFileText,
  spawnTimeout,
  type TempFolder,
} from '../testing/cli.ts';

const filler = { by: '张三', at: '2025-01-09T10:30:00Z' };
const reviewer = { by: '李四', at: '2025-01-10T01:00:00Z' };

const reviewOf = (result: ReviewResult): Review => {
  if (!result.ok) throw new Error(result.message);
  return result.review;
};

const findings = checkReport(sampleReport);
const findingOf = (rule: string) => {
  const found = findings.find((finding) => finding.rule === rule);
  if (!found) throw new Error(`the sample has no ${rule}`);
  return found;
};
const legacy = findingOf('F-LEGACY');
const fee = findingOf('T-FEE');

/** The sample's two slips corrected and its fee stated: only the 2019 layout (F-LEGACY) is left. */
const correct = ({ report }: ReportDocument) => {
  report.declared['t3.resultTotal.natural'] = 2;
  report.declared['t3.resultTotal.total'] = 2;
  report.otherMatters.processingFee = '0';
};

const explainedLegacy = reviewOf(
  setFindingStatus(emptyReview, legacy, 'explained', '沿用 2019 年格式，已报上级同意', filler),
);
const accepted = reviewOf(setFindingStatus(explainedLegacy, legacy, 'accepted', '', reviewer));
/** T-FEE was rejected before the fee was stated; once it is, the finding is 已修正. */
const underReview = reviewOf(
  setFindingStatus(explainedLegacy, fee, 'rejected', '请补写', reviewer),
);

const withReview =
  (review: Review, edit: (document: ReportDocument) => void = () => {}) =>
  (document: ReportDocument) => {
    edit(document);
    document.report.review = review;
  };

const files = {
  'annotated.json': sampleFileText(withReview(underReview)),
  'fee-stated.json': sampleFileText(withReview(underReview, correct)),
  'unexplained.json': sampleFileText(correct),
  'ready.json': sampleFileText(withReview(accepted, correct)),
  'finalised.json': sampleFileText(
    withReview(
      reviewOf(finalise(accepted, [], { by: '王五', at: '2025-01-12T07:05:00Z' })),
      correct,
    ),
  ),
  'retired-rule.json': sampleFileText(
    withReview({
      ...emptyReview,
      annotations: [
        {
          rule: 'X-RETIRED',
          cells: ['t3.newReceived.natural'],
          status: 'explained',
          comments: [],
          message: '旧规则的提示',
        },
      ],
    }),
  ),
  'prior-2023.json': sampleFileText(({ report }) => {
    report.header.year = 2023;
    report.cells['t3.carriedForward.natural'] = 1;
    report.declared['t3.carriedForward.total'] = 1;
  }),
};

interface JsonFinding {
  readonly rule: string;
  readonly status: string | null;
  readonly annotation: { readonly status: string; readonly comments: readonly unknown[] } | null;
}

interface JsonFileResult {
  readonly findings: readonly JsonFinding[];
  readonly review: { readonly finalised: unknown; readonly fixed: readonly { rule: string }[] };
  readonly finalise?: {
    readonly allowed: boolean;
    readonly blockers: readonly { rule: string; status: string; reason: string }[];
  };
}

const parse = (stdout: string) => JSON.parse(stdout) as JsonFileResult[];

describe('nianbao check and the review', { timeout: spawnTimeout + 5_000 }, () => {
  let folder: TempFolder;
  const check = (...args: string[]) => runNianbao(['check', ...args], folder.path);

  beforeAll(async () => {
    folder = await makeTempFolder();
    await folder.write(files);
  });
  afterAll(() => folder.remove());

  it('shows an annotated finding’s status and the last word of its thread, in Beijing time', async () => {
    const run = await check('annotated.json');

    expect(run.code).toBe(1);
    const warnings = outputBlock(run.stdout, '警告');
    expect(warnings).toContain(
      '    审核：［已说明］ 张三（2025-01-09 18:30）：沿用 2019 年格式，已报上级同意',
    );
    expect(warnings).toContain('    审核：［已驳回］ 李四（2025-01-10 09:00）：请补写');
    // Nobody annotated the R3-RESULT error: no review line under them.
    expect(outputBlock(run.stdout, '错误').filter((line) => line.includes('审核：'))).toEqual([]);
    expect(run.stdout).not.toContain('已修正');
  });

  it('lists an annotated finding that no longer occurs under 已修正, with its message and thread', async () => {
    const run = await check('fee-stated.json');

    expect(run.code).toBe(0);
    expect(outputBlock(run.stdout, '已修正')).toEqual([
      '已修正（1）',
      `  信息处理费 T-FEE  ${fee.message}`,
      '    位置：s6.processingFee',
      '    审核：［已修正］ 李四（2025-01-10 09:00）：请补写',
    ]);
  });

  it('reads an annotation of a rule this build no longer has and names it 已停用的规则', async () => {
    const run = await check('retired-rule.json');

    expect(run.stderr).toBe('');
    expect(outputBlock(run.stdout, '已修正')).toEqual([
      '已修正（1）',
      '  已停用的规则 X-RETIRED  旧规则的提示',
      '    位置：t3.newReceived.natural',
      '    审核：［已修正］',
    ]);
  });

  it('gives each finding its status and annotation in JSON, and the corrected ones apart', async () => {
    const [annotated] = parse((await check('annotated.json', '--format', 'json')).stdout);
    const [stated] = parse((await check('fee-stated.json', '--format', 'json')).stdout);

    expect(annotated?.findings.map(({ rule, status }) => [rule, status])).toEqual([
      ['R3-RESULT', 'open'],
      ['F-LEGACY', 'explained'],
      ['T-FEE', 'rejected'],
    ]);
    expect(annotated?.findings[0]?.annotation).toBeNull();
    expect(annotated?.findings[2]?.annotation).toEqual(underReview.annotations[1]);
    expect(annotated?.review).toEqual({ finalised: null, fixed: [] });
    expect(annotated).not.toHaveProperty('finalise');
    expect(stated?.review.fixed).toEqual([underReview.annotations[1]]);
  });

  it('with --final, refuses 定稿 for an unanswered warning alone and exits 1', async () => {
    const run = await check('unexplained.json', '--final');

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\n0 个错误，1 个警告，0 个提示\n');
    expect(outputBlock(run.stdout, '定稿：')).toEqual([
      '定稿：不能定稿，还有 1 个问题未处理：',
      `  沿用旧格式 F-LEGACY  ［待处理］警告须修正、说明或经审核确认：${legacy.message}`,
    ]);
  });

  it('with --final, lists every blocker with its status and reason, in JSON too', async () => {
    const text = await check('annotated.json', '--final');
    const [json] = parse((await check('annotated.json', '--final', '--format', 'json')).stdout);

    expect(text.code).toBe(1);
    expect(outputBlock(text.stdout, '定稿：').slice(0, 1)).toEqual([
      '定稿：不能定稿，还有 2 个问题未处理：',
    ]);
    expect(json?.finalise?.allowed).toBe(false);
    expect(
      json?.finalise?.blockers.map(({ rule, status, reason }) => [rule, status, reason]),
    ).toEqual([
      ['R3-RESULT', 'open', '错误须修正'],
      ['T-FEE', 'rejected', '警告的说明已被驳回，须修正或重新说明'],
    ]);
  });

  it('with --final, allows 定稿 once the warning is answered and exits 0', async () => {
    const run = await check('ready.json', '--final');
    const [json] = parse((await check('ready.json', '--final', '--format', 'json')).stdout);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n0 个错误，1 个警告，0 个提示\n定稿：可以定稿。\n$/);
    expect(json?.finalise).toEqual({ allowed: true, blockers: [] });
  });

  it('applies --prior before deciding: last year’s carry-over can stand in the way', async () => {
    const run = await check('ready.json', '--final', '--prior', 'prior-2023.json');

    expect(run.code).toBe(1);
    const [heading, ...blockers] = outputBlock(run.stdout, '定稿：');
    expect(heading).toBe('定稿：不能定稿，还有 3 个问题未处理：');
    // The prior's text is the sample's own, so 年年雷同 (L-REPEAT) is found in two sections too.
    // Each line leads with the rule's Chinese name, then its code.
    expect(blockers.map((line) => /^ {2}\S+ (\S+) {2}/.exec(line)?.[1])).toEqual([
      'X-CARRY',
      'L-REPEAT',
      'L-REPEAT',
    ]);
    expect(blockers[0]).toMatch(
      /［待处理］错误须修正，或说明后经审核确认：表三·自然人列：二、上年结转为 0/,
    );
  });

  it('says who finalised the report and when, and with --final that nothing is open', async () => {
    const plain = await check('finalised.json');
    const final = await check('finalised.json', '--final');
    const [json] = parse((await check('finalised.json', '--format', 'json')).stdout);

    expect(plain.stdout.split('\n')[1]).toBe('已定稿：王五，2025-01-12 15:05');
    expect(final.code).toBe(0);
    expect(final.stdout).toMatch(/\n定稿：已定稿，按定稿要求检查没有未处理的问题。\n$/);
    expect(json?.review.finalised).toEqual({ by: '王五', at: '2025-01-12T07:05:00Z' });
  });
});
