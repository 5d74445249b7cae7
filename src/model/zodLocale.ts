// zod speaks English unless told otherwise, and a schema's check without a message of its own
// would put that English in front of a user (「Too small: expected string…」). The messages are read
// when a value is checked, so they only have to be set before the first parse: report.ts, which
// every schema of the model reaches, imports this first. A short map of our own, not zod's zh-CN
// locale: that one weighs 1.2 kB gzip on the first load, for formats (email, IP …) a report has not.

import { z } from 'zod/mini';

const kinds: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组内容',
};

const units: Readonly<Record<string, string>> = { string: '个字', array: '项' };

function bound(origin: string, limit: unknown, side: '少' | '多'): string {
  const unit = units[origin];
  return unit
    ? `不能${side}于 ${String(limit)} ${unit}`
    : `不能${side === '少' ? '小' : '大'}于 ${String(limit)}`;
}

z.config({
  localeError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return `应为${kinds[issue.expected] ?? '正确的类型'}`;
      case 'too_small':
        return bound(issue.origin, issue.minimum, '少');
      case 'too_big':
        return bound(issue.origin, issue.maximum, '多');
      case 'not_multiple_of':
        return `应为 ${String(issue.divisor)} 的倍数`;
      case 'invalid_value':
        return '取值不正确';
      default:
        return '格式不正确';
    }
  },
});
