// deadline/outside-period: a task deadline falls inside the period the plan covers.
import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { formatIso } from '../_util.js';

function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export default defineRule({
  id: 'deadline/outside-period',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Thời hạn của nhiệm vụ phải nằm trong kỳ kế hoạch.',
      en: 'Task deadlines must fall inside the plan period.',
    },
    source: 'Chỉ số CCHC, "Kế hoạch CCHC năm": nhiệm vụ, kết quả, thời gian trong năm kế hoạch (DOMAIN §5.2)',
  },
  options: z.object({ graceDays: z.number().int().min(0).default(0) }).strict(),
  messages: {
    before: {
      vi: 'Thời hạn "{deadline}" ({end}) trước khi kỳ kế hoạch bắt đầu ({period}). Kiểm tra lại năm hoặc kỳ kế hoạch.',
      en: 'Deadline "{deadline}" ({end}) falls before the plan period starts ({period}). Check the year or the period.',
    },
    after: {
      vi: 'Thời hạn "{deadline}" ({end}) sau khi kỳ kế hoạch kết thúc ({period}). Đưa nhiệm vụ vào kế hoạch kỳ sau hoặc sửa thời hạn.',
      en: 'Deadline "{deadline}" ({end}) falls after the plan period ends ({period}). Move the task or fix the deadline.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nTT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tQuý II/2025' }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nTT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tQuý II/2026', note: 'after the 2025 period' }],
  },
  *check({ facts, doc, options }) {
    const period = facts.period ?? doc.period;
    // A missing period is another finding; without one nothing can be compared (report each problem once).
    if (!period) return;
    const end = period.outlookYear ? `${period.outlookYear}-12-31` : period.end;
    const text = `${formatIso(period.start)} – ${formatIso(end)}`;
    for (const d of facts.deadlines) {
      if (!d.valid || !d.end || (d.task === null && d.role !== 'table')) continue;
      if (d.end < period.start) yield { messageId: 'before', span: d.span, data: { deadline: d.text.trim(), end: formatIso(d.end), period: text } };
      else if (d.end > addDays(end, options.graceDays))
        yield { messageId: 'after', span: d.span, data: { deadline: d.text.trim(), end: formatIso(d.end), period: text } };
    }
  },
});
