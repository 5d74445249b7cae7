// A calm shell around the sample report until the editor proper arrives.

import { checkReport } from '../model/check.ts';
import type { Report } from '../model/report.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { FindingsSummary } from './findings/FindingsSummary.tsx';

function formatReportTitle({ agencyName, year }: Report['header']): string {
  return `${agencyName}${year}年政府信息公开工作年度报告`;
}

// A date-only ISO string parses as UTC midnight; formatting in UTC keeps it the same calendar day.
const publishDateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' });

/** '2025-01-10' as the report prints it: 2025年1月10日. */
function formatPublishDate(isoDate: string | null): string {
  return isoDate === null ? '未填写' : publishDateFormat.format(new Date(isoDate));
}

export function App() {
  const report = sampleReport;
  const findings = checkReport(report);

  return (
    <>
      <header className="topbar">
        <span className="topbar-product">年报</span>
        <span className="topbar-tagline">政府信息公开工作年度报告</span>
      </header>
      <main className="page">
        <h1>{formatReportTitle(report.header)}</h1>
        <p className="publish-date">发布日期：{formatPublishDate(report.header.publishDate)}</p>
        <FindingsSummary findings={findings} />
      </main>
    </>
  );
}
