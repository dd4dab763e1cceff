// target/conflict: one indicator is given different values for the same year in one plan.
import { defineRule } from '../../engine/define-rule.js';
import { describe, groupTargets, quote } from './_group.js';

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
      vi: 'Chỉ tiêu "{indicator}" ở đây là {value}, nhưng trước đó cùng chỉ tiêu là {firstValue}. Thống nhất một mức.',
      en: 'Target "{indicator}" is {value} here but {firstValue} earlier for the same wording. Use one value.',
    },
  },
  examples: {
    valid: [{ code: '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98% trong năm 2025.\n- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 99% trong năm 2026.' }],
    invalid: [{ code: '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98%.\n- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 95%.', note: '98% and 95%' }],
  },
  *check({ facts, text }) {
    for (const g of groupTargets(text, facts.targets).values()) {
      const first = g[0];
      if (!first) continue;
      // Two percentages inside one statement ("80% … cấp huyện và 60% … cấp xã") are different targets.
      const other = g.find((x) => x.statement.start !== first.statement.start && x.target.value !== first.target.value);
      if (!other) continue;
      // One finding per indicator: the first statement that disagrees with the first one.
      yield {
        messageId: 'conflict',
        span: other.target.span,
        data: { indicator: quote(text, other.statement), value: describe(other.target), firstValue: describe(first.target) },
      };
    }
  },
});
