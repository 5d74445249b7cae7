import { describe, expect, it } from 'vitest';
import { createKeyedListeners } from './keyedListeners.ts';

describe('listeners by key', () => {
  it('gives one subscribe per key and wakes only the listeners of the keys named, once each', () => {
    const cells = createKeyedListeners<string>();
    expect(cells.subscriberFor('a')).toBe(cells.subscriberFor('a'));
    const woken: string[] = [];
    const both = () => woken.push('both');
    cells.subscriberFor('a')(() => woken.push('a'));
    cells.subscriberFor('a')(both);
    cells.subscriberFor('b')(both);
    cells.subscriberFor('c')(() => woken.push('c'));
    cells.wake(['a', 'b']);
    expect(woken).toEqual(['a', 'both']);
    expect([...cells.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('follows its source from the first listener to the last, and a second unsubscribe is harmless', () => {
    const calls: string[] = [];
    const cells = createKeyedListeners<string>({
      onFirst: () => calls.push('first'),
      onLast: () => calls.push('last'),
    });
    const leaveA = cells.subscriberFor('a')(() => {});
    const leaveB = cells.subscriberFor('b')(() => {});
    leaveA();
    leaveA();
    const woken: string[] = [];
    cells.subscriberFor('a')(() => woken.push('a again'));
    leaveA();
    cells.wake(['a']);
    expect(woken).toEqual(['a again']);
    leaveB();
    expect(calls).toEqual(['first']);
    expect([...cells.keys()]).toEqual(['a']);
  });
});
