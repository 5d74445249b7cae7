// Names of the places findings belong to, as the navigation and the findings panel show them.

import { sectionHeadings } from '../../model/form/sections.ts';
import type { FindingSection } from '../../model/rules/finding.ts';

export const sectionNames: Readonly<Record<FindingSection, string>> = {
  header: '报告头',
  ...sectionHeadings,
};

export const sectionAnchors: Readonly<Record<FindingSection, string>> = {
  header: 'section-header',
  s1: 'section-s1',
  t2: 'section-t2',
  t3: 'section-t3',
  t4: 'section-t4',
  s5: 'section-s5',
  s6: 'section-s6',
};
