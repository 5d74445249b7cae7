// Figures that are allowed but unusual enough to deserve a second look.

import { t2, t3 } from '../form/cells.ts';
import { categoriesWithRuleMakingPower, type AgencyCategory } from '../form/header.ts';
import { table2Blocks } from '../form/table2.ts';
import { toScaledInteger } from '../decimal.ts';
import { feeAmountScale } from '../values.ts';
import { countAt, finding, type Rule } from './context.ts';

export const checkRulesWithoutPower: Rule = ({ report }) => {
  const { category } = report.header;
  if (category === null || categoriesWithRuleMakingPower.has(category)) return [];
  const cells = [t2('rules', 'issued'), t2('rules', 'repealed'), t2('rules', 'inForce')];
  const nonZero = cells.filter((address) => {
    const value = report.cells[address];
    return typeof value === 'number' && value > 0;
  });
  if (nonZero.length === 0) return [];
  const rulesRow = table2Blocks[0].rows[0].label;
  return [
    finding('P-RULE', {
      section: 't2',
      cells,
      message: `${category}通常没有${rulesRow}制定权，表二“${rulesRow}”一行却有非零数字：如是转发或执行上级${rulesRow}，请核对口径。`,
    }),
  ];
};

/**
 * Above these amounts (万元) a 收费金额 more likely holds 元 typed into the 万元 cell: 1 亿元 for
 * most bodies; 100 亿元 for 国务院部门 and provinces, whose real fee income can be that large.
 */
function feeAmountLimit(category: AgencyCategory | null): bigint {
  const limit = category === '国务院部门' || category === '省级政府' ? 1_000_000n : 10_000n;
  return limit * 10n ** BigInt(feeAmountScale);
}

export const checkFeeAmountUnit: Rule = ({ report }) => {
  const address = t2('fees', 'amount');
  const amount = report.cells[address];
  if (typeof amount !== 'string' || amount === '/') return [];
  if (toScaledInteger(amount, feeAmountScale) < feeAmountLimit(report.header.category)) return [];
  return [
    finding('P-FEE-UNIT', {
      section: 't2',
      cells: [address],
      left: amount,
      message: `表二本年收费金额填的是 ${amount} 万元，即 ${yuanOf(amount)} 元：这一栏以万元计，请核对是否误填了以元计的金额。`,
    }),
  ];
};

function yuanOf(amount: string): string {
  // 1 万元 = 10^4 元; shown without grouping to stay exact for any size.
  const [whole = '0', fraction = ''] = amount.split('.');
  const digits = (whole + fraction.padEnd(4, '0').slice(0, 4)).replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(4);
  return rest ? `${digits}.${rest}` : digits;
}

/** Below these, a high share says little: a handful of applications swings any ratio. */
const otherHandlingMinimum = 3;
const otherHandlingShareLimit = 0.3;

export const checkOtherHandlingShare: Rule = (context) => {
  const all = countAt(context, t3('resultTotal', 'total'));
  const other = context.totals.groups.otherHandling.total;
  if (all === null || other === null || all === 0 || other < otherHandlingMinimum) return [];
  if (other / all < otherHandlingShareLimit) return [];
  const percent = Math.round((other / all) * 100);
  return [
    finding('P-OTHER', {
      section: 't3',
      cells: [t3('resultTotal', 'total')],
      left: other,
      right: all,
      message: `表三（六）其他处理共 ${other} 件，占（七）总计 ${all} 件的 ${percent}%：比例偏高，建议核对是否有可以归入（一）至（五）的情形。`,
    }),
  ];
};
