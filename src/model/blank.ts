// A new, empty report: nothing filled in, nothing declared, in the current official layout.

import type { Report } from './report.ts';
import { emptyReview } from './review/schema.ts';

export function createBlankReport(year: number, agencyName = ''): Report {
  return {
    header: { agencyName, year, category: null, publishDate: null },
    preamble: '',
    table3Layout: '2021',
    cells: {},
    declared: {},
    overview: {
      summary: '',
      activeDisclosure: '',
      requestDisclosure: '',
      informationManagement: '',
      platformBuilding: '',
      supervision: '',
    },
    problems: '',
    otherMatters: { processingFee: null, text: '', items: [] },
    review: emptyReview,
  };
}
