// The report's text parts, for the app to place around the tables: the opening (header and 导语)
// above 二, and sections 一, 五 and 六 where the official template has them. Import them from
// here so the forms' stylesheet comes along.

import './sections.css';
import { HeaderForm } from './HeaderForm.tsx';
import { PreambleField } from './PreambleField.tsx';

export { OtherMattersSection } from './OtherMattersSection.tsx';
export { OverviewSection } from './OverviewSection.tsx';
export { ProblemsSection } from './ProblemsSection.tsx';

/** 基本信息 (机关名称, 报告年度, 机关类别, 发布日期) followed by the 导语. */
export function ReportOpening() {
  return (
    <>
      <HeaderForm />
      <PreambleField />
    </>
  );
}
