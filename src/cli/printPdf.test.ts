import { describe, expect, it } from 'vitest';
import { printHtmlToPdf } from './printPdf.ts';

describe('printHtmlToPdf', () => {
  it('says in Chinese what to install or set when there is no Chromium', async () => {
    const outcome = await printHtmlToPdf('<!DOCTYPE html><p>测试</p>', {
      locateChromium: () => undefined,
    });

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.summary).toBe('未找到 Chromium 浏览器，无法生成 PDF');
    expect(outcome.failure.details.join('\n')).toMatch(/apt-get install -y chromium/);
    expect(outcome.failure.details.join('\n')).toMatch(/NIANBAO_CHROMIUM/);
  });
});
