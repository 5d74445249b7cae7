// Every finding of the report, grouped by severity and then by section; each one jumps to its
// cells. This is what a reviewer reads first.

import { useMemo } from 'react';
import { ruleCatalogue } from '../../model/rules/catalogue.ts';
import {
  findingSections,
  severities,
  severityLabels,
  type Finding,
  type FindingSection,
} from '../../model/rules/finding.ts';
import { adoptComputedChange, differingDeclared } from '../state/adopt.ts';
import { useEditor, useStore } from '../state/storeContext.tsx';
import { sectionNames } from '../nav/sectionNames.ts';
import { useJump } from './jump.tsx';

function groupBySection(findings: readonly Finding[]) {
  return findingSections
    .map((section) => ({ section, findings: findings.filter((f) => f.section === section) }))
    .filter((group) => group.findings.length > 0);
}

export function FindingsPanel() {
  const store = useStore();
  const findings = useEditor((s) => s.derived.findings);
  const differing = useEditor((s) => differingDeclared(s).length);
  const { jumpTo } = useJump();
  const bySeverity = useMemo(
    () =>
      severities
        .map((severity) => ({
          severity,
          groups: groupBySection(findings.filter((f) => f.severity === severity)),
        }))
        .filter((entry) => entry.groups.length > 0),
    [findings],
  );

  return (
    <section className="findings-panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">检查结果</h2>
      <p className="findings-summary" role="status">
        {severities
          .map(
            (severity) =>
              `${findings.filter((f) => f.severity === severity).length} 个${severityLabels[severity]}`,
          )
          .join('，')}
      </p>
      {differing > 0 ? (
        <p className="findings-declared">
          有 {differing} 个合计的申报值与计算值不同。
          <button
            type="button"
            onClick={() => {
              const snapshot = store.getSnapshot();
              store.commit(adoptComputedChange(snapshot, differingDeclared(snapshot)));
            }}
          >
            全部采用计算值
          </button>
        </p>
      ) : null}
      {findings.length === 0 ? <p className="findings-empty">没有发现问题。</p> : null}
      {bySeverity.map(({ severity, groups }) => (
        <section
          key={severity}
          className={`findings-group severity-${severity}`}
          aria-label={severityLabels[severity]}
        >
          <h3>
            {severityLabels[severity]}（{groups.reduce((n, g) => n + g.findings.length, 0)}）
          </h3>
          {groups.map((group) => (
            <SectionFindings
              key={group.section}
              section={group.section}
              findings={group.findings}
              onJump={jumpTo}
            />
          ))}
        </section>
      ))}
    </section>
  );
}

function SectionFindings(props: {
  readonly section: FindingSection;
  readonly findings: readonly Finding[];
  readonly onJump: (finding: Finding) => void;
}) {
  return (
    <>
      <h4>{sectionNames[props.section]}</h4>
      <ul className="findings-list">
        {props.findings.map((finding, i) => (
          <li key={`${finding.rule}-${finding.cells.join()}-${i}`}>
            <button type="button" className="finding" onClick={() => props.onJump(finding)}>
              <span className="finding-rule" title={ruleCatalogue[finding.rule].formula}>
                {finding.rule}
              </span>
              <span className="finding-message">{finding.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
