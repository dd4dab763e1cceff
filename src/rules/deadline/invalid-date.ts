// deadline/invalid-date: a task deadline names a real calendar day (no 31/6, no 29/02/2026).
import { defineRule } from '../../engine/define-rule.js';

const CALENDAR = new Set(['by-date', 'by-month', 'by-quarter', 'by-half', 'by-year', 'range']);

export default defineRule({
  id: 'deadline/invalid-date',
  meta: {
    defaultSeverity: 'error',
    description: {
      vi: 'Thời hạn hoàn thành phải là ngày có thật trên lịch.',
      en: 'A deadline must be a real calendar date.',
    },
    source: 'Chỉ số CCHC: nhiệm vụ phải có thời gian hoàn thành cụ thể (DOMAIN §5.2); calendar validity',
  },
  messages: {
    invalid: {
      vi: 'Thời hạn "{deadline}" không có thật trên lịch. Sửa lại ngày, tháng.',
      en: 'Deadline "{deadline}" is not a real calendar date. Fix the day or month.',
    },
  },
  examples: {
    valid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tTrước ngày 30/6/2025' }],
    invalid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tTrước ngày 31/6/2025', note: '31 June' }],
  },
  *check({ facts }) {
    for (const d of facts.deadlines) {
      if (d.valid || !CALENDAR.has(d.kind)) continue;
      yield { messageId: 'invalid', span: d.span, data: { deadline: d.text.trim() } };
    }
  },
});
