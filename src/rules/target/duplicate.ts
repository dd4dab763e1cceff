// target/duplicate: the same target (indicator, value, year) is stated twice in the same part of the plan.
import { defineRule } from '../../engine/define-rule.js';
import { describe, groupTargets, quote } from './_group.js';

export default defineRule({
  id: 'target/duplicate',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Một chỉ tiêu không nên ghi lặp lại hai lần trong cùng một phần của kế hoạch.',
      en: 'A target should not be stated twice in the same part of the plan.',
    },
    source: 'Drafting quality: a repeated target is a copy slip and double-counts in PAR-index evidence (DOMAIN §5.2)',
  },
  messages: {
    duplicate: {
      vi: 'Chỉ tiêu "{indicator}" ({value}) đã nêu ở trên; bỏ dòng lặp lại.',
      en: 'Target "{indicator}" ({value}) was already stated above; remove the repetition.',
    },
  },
  examples: {
    valid: [{ code: '- 80% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại giấy tờ đã được chấp nhận.\n- 100% TTHC được công bố, công khai đúng quy định.' }],
    invalid: [{ code: '- 80% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại giấy tờ đã được chấp nhận.\n- 80% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại giấy tờ đã được chấp nhận.', note: 'stated twice' }],
  },
  *check({ facts, text }) {
    // The objectives section and the task appendix legitimately restate targets: compare within one role only.
    const groups = groupTargets(text, facts.targets, (t) => [t.value, t.comparator, t.role].join('|'));
    for (const g of groups.values()) {
      const first = g[0];
      if (!first) continue;
      const seen = new Set([first.statement.start]);
      for (const x of g.slice(1)) {
        if (seen.has(x.statement.start)) continue;
        seen.add(x.statement.start);
        yield { messageId: 'duplicate', span: x.target.span, data: { indicator: quote(text, x.statement), value: describe(x.target) } };
      }
    }
  },
});
