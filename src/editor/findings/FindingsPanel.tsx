// Every finding of the report, grouped by severity and then by section; each one jumps to its
// cells and carries its review status and thread. Findings fixed since they were annotated follow
// as 已修正. This is what a reviewer reads first.

import { memo, useMemo } from 'react';
import type { Annotation, ReviewStatus } from '../../model/review/schema.ts';
import { reviewItems, type ReviewItem } from '../../model/review/status.ts';
import { ruleCatalogue } from '../../model/rules/catalogue.ts';
import { ruleName } from '../../model/rules/ruleName.ts';
import {
  findingSections,
  severities,
  severityLabels,
  type Finding,
  type FindingSection,
} from '../../model/rules/finding.ts';
import { FindingReview, Thread } from '../review/FindingReview.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { adoptComputedChange, differingDeclared } from '../state/adopt.ts';
import { useEditor, useStore } from '../state/storeContext.tsx';
import { sectionNames } from '../nav/sectionNames.ts';
import { useJump } from '../nav/jump.tsx';

type CurrentItem = ReviewItem & { readonly finding: Finding };

const isCurrent = (item: ReviewItem): item is CurrentItem => item.finding !== undefined;

function groupBySection(items: readonly CurrentItem[]) {
  return findingSections
    .map((section) => ({
      section,
      items: items.filter((item) => item.finding.section === section),
    }))
    .filter((group) => group.items.length > 0);
}

export function FindingsPanel() {
  const store = useStore();
  const findings = useEditor((s) => s.derived.findings);
  const review = useEditor((s) => s.report.review);
  const differing = useEditor((s) => differingDeclared(s).length);
  const isLocked = useEditor((s) => s.lock !== undefined);
  const { jumpTo } = useJump();
  const items = useMemo(() => reviewItems(findings, review), [findings, review]);
  const current = items.filter(isCurrent);
  const fixed = items.filter((item) => !isCurrent(item));
  const bySeverity = severities
    .map((severity) => ({
      severity,
      groups: groupBySection(current.filter((item) => item.finding.severity === severity)),
    }))
    .filter((entry) => entry.groups.length > 0);
  const open = current.filter((item) => item.status === 'open' && item.finding.severity !== 'info');

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
      {open.length > 0 ? (
        <p className="findings-summary">其中 {open.length} 个待处理：修正，或在问题下说明。</p>
      ) : null}
      {differing > 0 && !isLocked ? (
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
            {severityLabels[severity]}（{groups.reduce((n, g) => n + g.items.length, 0)}）
          </h3>
          {groups.map((group) => (
            <SectionFindings
              key={group.section}
              section={group.section}
              items={group.items}
              onJump={jumpTo}
            />
          ))}
        </section>
      ))}
      {fixed.length > 0 ? (
        <section className="findings-group status-fixed" aria-label="已修正">
          <h3>已修正（{fixed.length}）</h3>
          <ul className="findings-list">
            {fixed.map((item) => (
              <li key={item.key} className="finding-item">
                <p className="finding is-fixed">
                  {item.annotation ? <RuleName rule={item.annotation.rule} /> : null}
                  <span className="finding-message">{item.annotation?.message}</span>
                </p>
                <StatusBadge status="fixed" />
                <Thread annotation={item.annotation} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/** React keys: a finding's key, numbered when two findings share rule and places. */
function itemKeys(items: readonly ReviewItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = seen.get(item.key) ?? 0;
    seen.set(item.key, count + 1);
    return count === 0 ? item.key : `${item.key}#${count}`;
  });
}

function SectionFindings(props: {
  readonly section: FindingSection;
  readonly items: readonly CurrentItem[];
  readonly onJump: (finding: Finding) => void;
}) {
  const keys = itemKeys(props.items);
  return (
    <>
      <h4>{sectionNames[props.section]}</h4>
      <ul className="findings-list">
        {props.items.map(({ finding, annotation, status }, i) => (
          <FindingItem
            key={keys[i]}
            finding={finding}
            annotation={annotation}
            status={status}
            onJump={props.onJump}
          />
        ))}
      </ul>
    </>
  );
}

/** One entry; memoised, so an edit re-renders only the entries whose finding or status changed. */
const FindingItem = memo(function FindingItem(props: {
  readonly finding: Finding;
  readonly annotation: Annotation | undefined;
  readonly status: ReviewStatus;
  readonly onJump: (finding: Finding) => void;
}) {
  const { finding, annotation, status, onJump } = props;
  return (
    <li className="finding-item" data-status={status}>
      <button type="button" className="finding" onClick={() => onJump(finding)}>
        <RuleName rule={finding.rule} formula={ruleCatalogue[finding.rule].formula} />
        <span className="finding-message">{finding.message}</span>
      </button>
      {/* A 提示 is for reference only: no status to work through, no badge to chase. */}
      {finding.severity === 'info' ? null : (
        <FindingReview finding={finding} annotation={annotation} status={status} />
      )}
    </li>
  );
});

/** The rule's Chinese name, its code after it in small type. */
function RuleName({ rule, formula }: { readonly rule: string; readonly formula?: string }) {
  return (
    <span className="finding-rule" title={formula}>
      {ruleName(rule)} <small className="finding-rule-code">{rule}</small>
    </span>
  );
}
