import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeReport } from '../export/json.ts';
import { createBlankReport } from '../model/blank.ts';
import { checkReport } from '../model/check.ts';
import { sectionHeadings } from '../model/form/sections.ts';
import { setFindingStatus } from '../model/review/actions.ts';
import { finalise, reopen } from '../model/review/finalise.ts';
import { emptyReview, type Review } from '../model/review/schema.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { makeTempFolder, runNianbao, sampleFileText, type TempFolder } from '../testing/cli.ts';

const run = promisify(execFile);

const filler = { by: '张三', at: '2025-01-09T10:30:00Z' };
const reviewer = { by: '李四', at: '2025-01-10T01:00:00Z' };

const legacy = checkReport(sampleReport).find((finding) => finding.rule === 'F-LEGACY');
if (!legacy) throw new Error('the sample keeps the 2019 layout of table 三');

/** F-LEGACY (the sample's third finding) explained; the report finalised once and reopened. */
const annotatedReview = [
  (r: Review) => setFindingStatus(r, legacy, 'explained', '沿用 2019 年格式', filler),
  (r: Review) => finalise(r, [], reviewer),
  (r: Review) => reopen(r, '补充第五部分', reviewer),
].reduce((review, step) => {
  const result = step(review);
  if (!result.ok) throw new Error(result.message);
  return result.review;
}, emptyReview);

/** The agency's report of an earlier year, which carried one request of a 自然人 forward. */
function priorFileText(year: number): string {
  const blank = createBlankReport(year, sampleReport.header.agencyName);
  return serializeReport({ ...blank, cells: { 't3.carriedForward.natural': 1 } });
}

/** Chromium start-up and printing come on top of the usual spawn. */
const exportTimeout = 60_000;

/** poppler-utils reads the PDF back; scripts/ensure-print-tools.mjs installs it for npm test. */
async function poppler(tool: 'pdftotext' | 'pdfinfo', args: readonly string[]): Promise<string> {
  try {
    return (await run(tool, [...args], { encoding: 'utf8' })).stdout;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error(`${tool} is missing: run node scripts/ensure-print-tools.mjs`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** A row of table figures as pdftotext -layout prints it: the label, then the numbers. */
const figureRow = (label: string, figures: string) =>
  new RegExp(`${label}\\s+${figures.split(' ').join('\\s+')}(\\s|$)`);

describe('nianbao export', { timeout: exportTimeout + 10_000 }, () => {
  let folder: TempFolder;
  const exportReport = (...args: string[]) =>
    runNianbao(['export', ...args], folder.path, exportTimeout);

  beforeAll(async () => {
    folder = await makeTempFolder();
    await folder.write({
      'sample.json': sampleFileText(),
      'annotated.json': sampleFileText(({ report }) => {
        report.review = annotatedReview;
      }),
      'broken.json': '{',
      '2023.json': priorFileText(2023),
      '2022.json': priorFileText(2022),
    });
  });
  afterAll(() => folder.remove());

  it('writes the sample as a standalone HTML page that can run no script', async () => {
    const result = await exportReport('sample.json', '--html', 'sample.html');
    const html = await readFile(join(folder.path, 'sample.html'), 'utf8');

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('已生成 HTML：sample.html\n');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/,
    );
    expect(html).not.toMatch(/<script/i);
    const title = /<h1>(.*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]*>/g, '');
    expect(title).toBe('牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告');
  });

  it('marks the sample’s findings and appends 审核意见 with --review', async () => {
    const result = await exportReport('sample.json', '--review', '--html', 'review.html');
    const html = await readFile(join(folder.path, 'review.html'), 'utf8');

    expect(result.code).toBe(0);
    expect(html).toContain(
      '<title>牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告（审核稿）</title>',
    );
    expect(html).toMatch(/<td class="flagged" data-cell="t3\.resultTotal\.natural">2<sup/);
    expect(html).toContain('<h2 id="report-review">审核意见</h2>');
    expect(html.match(/class="finding status-open"/g)).toHaveLength(3);
  });

  it('prints the file’s review in the 审核稿 and none of it in the published copy', async () => {
    const review = await exportReport('annotated.json', '--review', '--html', 'annotated.html');
    const clean = await exportReport('annotated.json', '--html', 'published.html');
    const reviewHtml = await readFile(join(folder.path, 'annotated.html'), 'utf8');
    const cleanHtml = await readFile(join(folder.path, 'published.html'), 'utf8');

    expect([review.code, clean.code]).toEqual([0, 0]);
    expect(reviewHtml).toContain('<a href="#report-finding-2" class="status-explained">2✓</a>');
    expect(reviewHtml).toContain(
      '<span class="comment-meta">张三（2025-01-09 18:30）</span>' +
        '<span class="review-status status-explained">［已说明］</span>：沿用 2019 年格式',
    );
    expect(reviewHtml).toContain('<p class="review-stamp">未定稿</p>');
    expect(reviewHtml).toContain('2025-01-10 09:00 李四 重新打开，原因：补充第五部分');
    for (const trace of ['张三', '李四', '定稿', '3✓']) expect(cleanHtml).not.toContain(trace);
  });

  it('marks the cross-year findings too when given last year’s report with --prior', async () => {
    const result = await exportReport(
      'sample.json',
      '--review',
      '--html',
      'x.html',
      '--prior',
      '2023.json',
    );
    const html = await readFile(join(folder.path, 'x.html'), 'utf8');

    expect(result.code).toBe(0);
    expect(html).toContain('二、上年结转为 0，但 2023 年度报告的四、结转下年度继续办理为 1');
    expect(html).toMatch(/<td class="flagged" data-cell="t3\.carriedOver\.natural">0<sup/);
  });

  it('refuses a --prior that is not the year before, and writes nothing', async () => {
    const result = await exportReport(
      'sample.json',
      '--review',
      '--html',
      'y.html',
      '--prior',
      '2022.json',
    );

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '上年度报告应为 2023 年度，而 --prior 指定的 2022.json 是 2022 年度的报告',
    );
    await expect(stat(join(folder.path, 'y.html'))).rejects.toThrow();
  });

  it('exits 2 naming a report it cannot read, and writes nothing', async () => {
    const result = await exportReport('broken.json', '--html', 'broken.html', '--pdf', 'b.pdf');

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('broken.json 不是有效的年报文件');
    await expect(stat(join(folder.path, 'broken.html'))).rejects.toThrow();
  });

  describe('to PDF', () => {
    const pdf = () => join(folder.path, 'sample.pdf');
    let pages: string[] = [];

    beforeAll(async () => {
      const result = await exportReport('sample.json', '--pdf', 'sample.pdf', '--signature');
      expect(result).toMatchObject({ code: 0, stdout: '已生成 PDF：sample.pdf\n', stderr: '' });
      const info = await poppler('pdfinfo', [pdf()]);
      const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      pages = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          poppler('pdftotext', ['-layout', '-f', `${i + 1}`, '-l', `${i + 1}`, pdf(), '-']),
        ),
      );
    }, exportTimeout + 10_000);

    it('prints on A4 pages', async () => {
      const info = await poppler('pdfinfo', [pdf()]);
      const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];

      expect(Math.round(Number(width))).toBe(595);
      expect(Math.round(Number(height))).toBe(842);
      expect(pages.length).toBeGreaterThanOrEqual(3);
    });

    it('numbers every page at its foot: — 1 —, — 2 —, …', () => {
      pages.forEach((text, i) => {
        const lastLine = text.trimEnd().split('\n').at(-1) ?? '';
        expect(lastLine).toMatch(new RegExp(`^\\s*—\\s*${i + 1}\\s*—\\s*$`));
      });
    });

    it('shows the title, the date, every official section heading and the table labels', () => {
      const text = pages.join('\n');

      expect(text).toContain('2024年政府信息公开工作年度报告');
      expect(text).toContain('发布日期：2025年1月10日');
      for (const heading of Object.values(sectionHeadings)) expect(text).toContain(heading);
      for (const label of [
        '第二十条第（一）项',
        '第二十条第（八）项',
        '本年收费金额（单位：万元）',
        '一、本年新收政府信息公开申请数量',
        '结转下年度继续办理',
        '行政复议',
        '未经复议直接起诉',
        '复议后起诉',
      ]) {
        expect(text).toContain(label);
      }
    });

    it('shows the sample’s figures, with （七）总计 as computed from its results', () => {
      const text = pages.join('\n');

      expect(text).toMatch(figureRow('一、本年新收政府信息公开申请数量', '2 0 0 0 0 0 2'));
      expect(text).toMatch(figureRow('（一）予以公开', '1 0 0 0 0 0 1'));
      expect(text).toMatch(figureRow('（七）总计', '2 0 0 0 0 0 2'));
      expect(text).toMatch(figureRow('四、结转下年度继续办理', '0 0 0 0 0 0 0'));
      expect(text).toMatch(/^\s*0 0 1 0 1 0 0 0 0 0 0 0 0 0 0\s*$/m);
      expect(text).toMatch(figureRow('行政事业性收费', '0'));
      expect(text).toContain('226 条');
    });

    it('repeats table 三’s header on every page that holds rows of it', () => {
      const rowLabels = [
        '一、本年新收政府信息公开申请数量',
        '（七）总计',
        '四、结转下年度继续办理',
      ];
      const table3Pages = pages.filter((text) => rowLabels.some((label) => text.includes(label)));

      expect(table3Pages.length).toBeGreaterThanOrEqual(1);
      for (const text of table3Pages) {
        expect(text).toContain('申请人情况');
        expect(text).toContain('法人或其他组织');
        expect(text).toContain('第一项加第二项之和');
      }
    });

    it('ends with the agency’s name and the date when asked for a signature', () => {
      const lastPage = pages.at(-1) ?? '';
      expect(lastPage).toMatch(/牡丹江经济技术开发区管理委员会\s*\n\s*2025年1月10日/);
    });
  });
});
