// The live length of section 一 against 30号文's "篇幅原则上不超过一千字", counted as the L-LEN
// rule counts it (every character but white space, all six parts together).

import {
  overviewCharacterGuideline,
  overviewParts,
  sectionHeadings,
} from '../../model/form/sections.ts';
import type { Overview } from '../../model/report.ts';
import { countCharacters } from '../../model/text.ts';

export function countOverviewCharacters(overview: Overview): number {
  return overviewParts.reduce((sum, part) => sum + countCharacters(overview[part.id]), 0);
}

export interface LengthStatus {
  readonly isOver: boolean;
  /** "已写 807 字 / 建议不超过 1000 字" */
  readonly text: string;
  /** "超出 207 字" when over. */
  readonly excess: string | undefined;
  /**
   * For a polite live region: changes only when the section crosses the guideline, so a screen
   * reader is told once, not on every keystroke.
   */
  readonly announcement: string;
}

export function describeOverviewLength(
  count: number,
  guideline: number = overviewCharacterGuideline,
): LengthStatus {
  const isOver = count > guideline;
  return {
    isOver,
    text: `已写 ${count} 字 / 建议不超过 ${guideline} 字`,
    excess: isOver ? `超出 ${count - guideline} 字` : undefined,
    announcement: isOver ? `${sectionHeadings.s1}已超过建议篇幅 ${guideline} 字` : '',
  };
}
