// Which edition of the official format the source followed, from what its tables showed.

import type { Collector } from './collector.ts';
import { importFinding } from './findings.ts';
import type { Edition } from './result.ts';

export function deriveEdition(collector: Collector): Edition {
  const { '2019': legacy, '2021': current } = collector.editionMarks;
  const edition: Edition = legacy.length === 0 ? '2021' : current.length === 0 ? '2019' : 'mixed';
  if (edition === '2019') {
    collector.findings.push(
      importFinding('I-EDITION', {
        section: 't3',
        line: null,
        message: `原文按 2019 年试行格式（国办公开办函〔2019〕60号）填报：${legacy.join('，')}。`,
      }),
    );
  } else if (edition === 'mixed') {
    collector.findings.push(
      importFinding('I-EDITION', {
        section: 't3',
        line: null,
        message: `原文混用两版格式：${legacy.join('，')}，属 2019 年试行格式；${current.join('，')}，属 2021 年格式。`,
      }),
    );
  }
  return edition;
}
