// What is shown a frame late — the save status, the rest of the page after a typed character —
// still shows every change, once per frame, and nothing after its view is gone.

import { describe, expect, it } from 'vitest';
import { paintFrame, withFakeFrames } from '../../testing/fakeFrames.ts';
import { afterNextFrame, toldAfterFrame } from './afterNextFrame.ts';

withFakeFrames();

/** A source that changes when told to, like the draft session. */
function source() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change: () => {
      for (const listener of listeners) listener();
    },
    listenerCount: () => listeners.size,
  };
}

describe('afterNextFrame', () => {
  it('runs the task after the frame, not in its frame callbacks', () => {
    const order: string[] = [];
    afterNextFrame(() => order.push('task'));
    requestAnimationFrame(() => order.push('frame'));
    paintFrame();
    expect(order).toEqual(['frame', 'task']);
  });

  it('runs nothing once cancelled, before or after the frame', () => {
    let runs = 0;
    afterNextFrame(() => runs++)();
    paintFrame();
    const cancel = afterNextFrame(() => runs++);
    // The frame has passed; the task is queued but not yet run.
    requestAnimationFrame(cancel);
    paintFrame();
    expect(runs).toBe(0);
  });
});

describe('toldAfterFrame', () => {
  it('tells a listener after the frame that follows a change, once for several changes', () => {
    const session = source();
    let told = 0;
    toldAfterFrame(session.subscribe)(() => told++);
    session.change();
    session.change();
    expect(told).toBe(0);
    paintFrame();
    expect(told).toBe(1);
    session.change();
    paintFrame();
    expect(told).toBe(2);
  });

  it('tells no one after unsubscribing, even of a change made before', () => {
    const session = source();
    let told = 0;
    const unsubscribe = toldAfterFrame(session.subscribe)(() => told++);
    session.change();
    unsubscribe();
    paintFrame();
    session.change();
    paintFrame();
    expect(told).toBe(0);
    expect(session.listenerCount()).toBe(0);
  });
});
