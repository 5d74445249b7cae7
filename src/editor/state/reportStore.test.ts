import { describe, expect, it } from 'vitest';
import { t3 } from '../../model/form/cells.ts';
import { finalise } from '../../model/review/finalise.ts';
import { setFindingStatus } from '../../model/review/actions.ts';
import type { Review } from '../../model/review/schema.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { cellsChange } from './change.ts';
import { deriveFrom, ReportStore, type Lock } from './reportStore.ts';

const cell = t3('newReceived', 'natural');
const stamp = { by: '李四', at: '2025-01-09T10:30:00.000Z' };

function storeWithRefusals() {
  const store = new ReportStore(sampleReport);
  const refusals: Lock[] = [];
  store.onRefused((lock) => refusals.push(lock));
  const edit = (value: number) =>
    store.commit(cellsChange(store.getSnapshot().report, '填写', { [cell]: value }));
  const reviewed = (change: (review: Review) => ReturnType<typeof finalise>) => {
    const result = change(store.getSnapshot().report.review);
    if (!result.ok) throw new Error(result.message);
    return result.review;
  };
  return { store, refusals, edit, reviewed };
}

describe('ReportStore locks', () => {
  it('a 定稿 report refuses edits, undo and redo, and says why', () => {
    const { store, refusals, edit, reviewed } = storeWithRefusals();
    edit(5);
    store.setReview(reviewed((review) => finalise(review, [], stamp)));
    expect(store.getSnapshot().lock).toBe('finalised');
    edit(9);
    store.undo();
    expect(store.getSnapshot().report.cells[cell]).toBe(5);
    expect(refusals).toEqual(['finalised', 'finalised']);
  });

  it('reviewer mode and another tab lock the figures until they end', () => {
    const { store, refusals, edit } = storeWithRefusals();
    store.setLock('reviewing', true);
    edit(7);
    expect(store.getSnapshot().report.cells[cell]).toBe(2);
    expect(store.getSnapshot().reviewing).toBe(true);
    store.setLock('reviewing', false);
    store.setLock('elsewhere', true);
    expect(store.getSnapshot().lock).toBe('elsewhere');
    store.setLock('elsewhere', false);
    edit(7);
    expect(store.getSnapshot().report.cells[cell]).toBe(7);
    expect(refusals).toEqual(['reviewing']);
  });

  it('review changes are not undo steps, and only another tab refuses them', () => {
    const { store, edit, reviewed } = storeWithRefusals();
    edit(3);
    const finding = store.getSnapshot().derived.findings[0];
    if (!finding) throw new Error('the sample has findings');
    store.setLock('reviewing', true);
    // The sample's first finding is an error that must be fixed: the reviewer rejects it.
    const answered = reviewed((review) =>
      setFindingStatus(review, finding, 'rejected', '请按计算值修正', stamp),
    );
    expect(store.setReview(answered)).toBe(true);
    store.setLock('reviewing', false);
    store.undo();
    expect(store.getSnapshot().report.cells[cell]).toBe(2);
    expect(store.getSnapshot().report.review).toBe(answered);

    store.setLock('elsewhere', true);
    expect(store.setReview({ ...answered, annotations: [] })).toBe(false);
    expect(store.getSnapshot().report.review).toBe(answered);
  });
});

describe('deriveFrom', () => {
  it('renews a finding whose quoted sentence moved, so its offsets fit the text', () => {
    const sentence = '本年共收到政府信息公开申请5件。';
    const at = (text: string) => ({
      ...sampleReport,
      overview: { ...sampleReport.overview, requestDisclosure: text },
    });
    const quoteIn = (derived: ReturnType<typeof deriveFrom>) =>
      derived.findings.find((f) => f.quote?.field === 's1.requestDisclosure')?.quote;
    const before = deriveFrom(at(sentence));
    const after = deriveFrom(at(`前文。${sentence}`), before);
    expect(quoteIn(before)?.start).toBe(0);
    expect(quoteIn(after)).toMatchObject({ start: 3, end: 3 + sentence.length, text: sentence });
  });
});
