import { describe, expect, it } from 'vitest';
import { readRoute, reportHref } from './route.ts';

describe('readRoute', () => {
  it.each([
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/report/', { name: 'library' }],
    ['#/somewhere', { name: 'library' }],
    ['#/report/ab12', { name: 'report', id: 'ab12' }],
    ['#/batch', { name: 'batch' }],
    ['#/batch/x', { name: 'library' }],
  ])('reads %j as %j', (hash, route) => {
    expect(readRoute(hash)).toEqual(route);
  });

  it('reads back every link it makes', () => {
    for (const id of ['ab12', 'with space', '中文', 'a/b#c']) {
      expect(readRoute(reportHref(id))).toEqual({ name: 'report', id });
    }
  });
});
