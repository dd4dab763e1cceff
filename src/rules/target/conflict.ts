// target/conflict: one indicator is given different values for the same year in one plan.
import { defineRule } from '../../engine/define-rule.js';
import { describe, groupTargets, indicatorKey } from './_group.js';

export default defineRule({
  id: 'target/conflict',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Cùng một chỉ tiêu, cùng năm không được ghi hai mức khác nhau trong một kế hoạch.',
      en: 'One indicator must not be given two different values for the same year in one plan.',
    },
    source: 'Chỉ số CCHC, "Kế hoạch CCHC năm": kết quả phải đạt được xác định rõ ràng, cụ thể (DOMAIN §5.2 [CM-1880])',
  },
  messages: {
    conflict: {
      vi: 'Chỉ tiêu "{indicator}" ở đây là {value}, nhưng trước đó là {firstValue}. Thống nhất một mức.',
      en: 'Indicator "{indicator}" is {value} here but {firstValue} earlier. Use one value.',
    },
  },
  examples: {
    valid: [{ code: '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98% trong năm 2025.\n- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 99% trong năm 2026.' }],
    invalid: [{ code: '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98%.\n- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 95%.', note: '98% and 95%' }],
  },
  *check({ facts }) {
    const groups = groupTargets(facts.targets, (t) => {
      const k = indicatorKey(t);
      return k === null ? null : `${k}\u0000${t.year ?? ''}`;
    });
    for (const g of groups.values()) {
      const first = g[0];
      if (!first) continue;
      const other = g.find((t) => t.value !== first.value);
      if (!other) continue;
      // One finding per indicator: the first statement that disagrees with the first one.
      yield { messageId: 'conflict', span: other.span, data: { indicator: other.indicator, value: describe(other), firstValue: describe(first) } };
    }
  },
});
