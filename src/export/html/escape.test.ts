import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../model/report.ts';
import type { Finding } from '../../model/rules/finding.ts';
import { zeroReport } from '../../testing/reports.ts';
import { renderReportHtml } from './document.ts';
import { escapeHtml } from './escape.ts';

const hostileStrings = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</style><script>',
  "' onmouseover='x",
];

const hostile = hostileStrings.join(' ');

/** Every piece of text a person types, filled with all the hostile strings at once. */
function hostileReport(): Report {
  const report = zeroReport();
  return {
    ...report,
    header: { ...report.header, agencyName: hostile },
    preamble: hostile,
    overview: {
      summary: hostile,
      activeDisclosure: hostile,
      requestDisclosure: hostile,
      informationManagement: hostile,
      platformBuilding: hostile,
      supervision: hostile,
    },
    problems: hostile,
    otherMatters: {
      processingFee: '0',
      text: hostile,
      items: [
        { title: hostile, text: hostile },
        { title: '', text: hostile },
      ],
    },
  };
}

/** A finding carrying hostile text where the review appendix prints message and places. */
const hostileFinding: Finding = {
  rule: 'T-FEE',
  severity: 'warning',
  section: 's6',
  cells: [hostile, 't2.fees.amount'],
  left: null,
  right: null,
  difference: null,
  message: hostile,
};

const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? [];

describe('escaping report text', () => {
  it.each(['clean', 'review'] as const)(
    'lets no hostile text become markup in the %s flavour',
    (flavour) => {
      const html = renderReportHtml(hostileReport(), {
        flavour,
        signature: true,
        findings: [hostileFinding],
      });

      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html.match(/<\/style>/g)).toHaveLength(1);
      for (const tag of tagsOf(html)) {
        expect(tag).not.toMatch(/onerror|onmouseover|javascript:/i);
      }
    },
  );

  it('shows each hostile string as the text it is', () => {
    const html = renderReportHtml(hostileReport(), {
      flavour: 'review',
      findings: [hostileFinding],
    });
    const escaped = escapeHtml(hostile);

    expect(escaped).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escaped).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escaped).toContain('&lt;/style&gt;&lt;script&gt;');
    expect(escaped).toContain('&#39; onmouseover=&#39;x');
    // Title, 1 + 6 overview texts, problems, other text, two items, item title, signature
    // and the <title>, plus the finding's message and place in the appendix.
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(13);
  });

  it('escapes & < > " and \' so that the text reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        const unescaped = escaped
          .replaceAll('&lt;', '<')
          .replaceAll('&gt;', '>')
          .replaceAll('&quot;', '"')
          .replaceAll('&#39;', "'")
          .replaceAll('&amp;', '&');
        expect(unescaped).toBe(text);
      }),
    );
  });
});
