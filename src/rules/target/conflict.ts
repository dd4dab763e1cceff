// target/conflict: one indicator is given different values for the same year in one plan.
import { defineRule } from '../../engine/define-rule.js';
import { contextYears, describe, groupTargets, levelClass, quote } from './_group.js';

export default defineRule({
  id: 'target/conflict',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Cùng một chỉ tiêu, cùng năm không được ghi hai mức khác nhau trong một kế hoạch (mức chính xác và mức tối thiểu được so sánh như nhau: "đạt 100%" và "tối thiểu 90%" là hai mức khác nhau).',
      en: 'One indicator must not be given two different values for the same year in one plan (exact and minimum figures are compared as levels: "100%" and "at least 90%" differ).',
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
    invalid: [
      { code: '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98%.\n- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 95%.', note: '98% and 95%' },
      {
        code: '- 100% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết theo quy định.\n- Tối thiểu 90% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết theo quy định.',
        note: 'an exact level and a lower minimum of the same indicator',
      },
    ],
  },
  *check({ facts, text }) {
    // An exact and a minimum figure of one indicator are compared as levels ("100%" vs "tối thiểu 90%").
    for (const g of groupTargets(text, facts.targets, levelClass).values()) {
      const first = g[0];
      if (!first) continue;
      const years = contextYears(text, first.statement);
      // Two percentages inside one statement ("80% … cấp huyện và 60% … cấp xã") are different targets;
      // statements whose item names other years ("a) Đến hết năm 2025: …", "b) Đến hết năm 2030: …") too.
      const other = g.find(
        (x) => x.statement.start !== first.statement.start && x.target.value !== first.target.value && contextYears(text, x.statement) === years,
      );
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
