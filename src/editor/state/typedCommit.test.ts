// A typed change is made and recorded at once; the page around the text field hears of it in the
// frame after.

import { describe, expect, it } from 'vitest';
import { t3 } from '../../model/form/cells.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { paintFrame, withFakeFrames } from '../../testing/fakeFrames.ts';
import { cellsChange, fieldsChange } from './change.ts';
import { deriveFrom, ReportStore } from './reportStore.ts';

withFakeFrames();

function typeInto(store: ReportStore, text: string) {
  const { report } = store.getSnapshot();
  const overview = { ...report.overview, supervision: text };
  store.commit(fieldsChange(report, '修改监督保障', { overview }, 's1.supervision'), {
    isTyped: true,
  });
}

function watched(store: ReportStore) {
  const seen = { view: [] as string[], watch: [] as string[] };
  const text = () => store.getSnapshot().report.overview.supervision;
  store.subscribe(() => seen.view.push(text()));
  store.watch(() => seen.watch.push(text()));
  return seen;
}

describe('a typed change', () => {
  it('is in the store and told to watchers at once, and to the view after the next frame', () => {
    const store = new ReportStore(sampleReport);
    const seen = watched(store);
    typeInto(store, '甲');
    expect(store.getSnapshot().report.overview.supervision).toBe('甲');
    expect(seen.watch).toEqual(['甲']);
    expect(seen.view).toEqual([]);
    paintFrame();
    expect(seen.view).toEqual(['甲']);
  });

  it('tells the view once per frame, of the latest text, however many keys came first', () => {
    const store = new ReportStore(sampleReport);
    const seen = watched(store);
    typeInto(store, '甲');
    typeInto(store, '甲乙');
    typeInto(store, '甲乙丙');
    paintFrame();
    paintFrame();
    expect(seen.watch).toEqual(['甲', '甲乙', '甲乙丙']);
    expect(seen.view).toEqual(['甲乙丙']);
  });

  it('is overtaken by an undo, which the view hears of at once and only once', () => {
    const store = new ReportStore(sampleReport);
    const seen = watched(store);
    const before = store.getSnapshot().report.overview.supervision;
    typeInto(store, '甲');
    store.undo();
    expect(seen.view).toEqual([before]);
    paintFrame();
    expect(seen.view).toEqual([before]);
  });

  it('has the totals and findings of the text as typed, when the page reads them', () => {
    const store = new ReportStore(sampleReport);
    typeInto(store, '全年共收到政府信息公开申请999件。');
    const { report, derived } = store.getSnapshot();
    const fresh = deriveFrom(report);
    expect(derived.findings.map((finding) => finding.message)).toEqual(
      fresh.findings.map((finding) => finding.message),
    );
    expect(derived.findings.some((finding) => finding.message.includes('999'))).toBe(true);
    expect(derived.totals).toEqual(fresh.totals);
  });

  it('leaves other edits, such as a cell entered with Enter, told to the view at once', () => {
    const store = new ReportStore(sampleReport);
    const views: number[] = [];
    store.subscribe(() => views.push(views.length));
    const cell = t3('newReceived', 'natural');
    store.commit(cellsChange(store.getSnapshot().report, '填写', { [cell]: 7 }));
    expect(views).toHaveLength(1);
  });
});
