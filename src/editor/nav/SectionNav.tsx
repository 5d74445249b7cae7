// The report's parts in official order, each with how many errors and warnings it holds.

import { findingSections, type FindingSection } from '../../model/rules/finding.ts';
import { useEditor } from '../state/storeContext.tsx';
import { sectionAnchors, sectionNames } from './sectionNames.ts';

function countOf(section: FindingSection, severity: 'error' | 'warning') {
  return (s: Parameters<Parameters<typeof useEditor>[0]>[0]) =>
    s.derived.findings.filter((f) => f.section === section && f.severity === severity).length;
}

function NavEntry({ section }: { readonly section: FindingSection }) {
  const errors = useEditor(countOf(section, 'error'));
  const warnings = useEditor(countOf(section, 'warning'));
  const counts = [errors ? `${errors} 个错误` : '', warnings ? `${warnings} 个警告` : ''].filter(
    Boolean,
  );
  return (
    <li>
      <a href={`#${sectionAnchors[section]}`}>
        <span className="nav-name">{sectionNames[section]}</span>
        {errors ? <span className="nav-count nav-errors">✕ {errors}</span> : null}
        {warnings ? <span className="nav-count nav-warnings">▲ {warnings}</span> : null}
        {counts.length ? <span className="sr-only">（{counts.join('，')}）</span> : null}
      </a>
    </li>
  );
}

export function SectionNav() {
  return (
    <nav className="section-nav" aria-label="报告各部分">
      <ol>
        {findingSections.map((section) => (
          <NavEntry key={section} section={section} />
        ))}
      </ol>
    </nav>
  );
}
