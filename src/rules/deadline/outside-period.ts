// deadline/outside-period: a task deadline falls inside the period the plan covers.
import { z } from 'zod';
import { defineRule } from '../../engine/define-rule.js';
import { clauseStart, formatIso, inside, walkSections } from '../_util.js';
import type { Deadline } from '../../model/facts.js';
import type { PlanDocument } from '../../model/plan.js';
import { isResultsTitle } from '../../extract/targets.js';
import { pattern } from '../../text/pattern.js';

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
    valid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nTT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tQuý II/2025' },
      { code: 'Lạng Sơn, ngày 15 tháng 12 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2026\nTT\tNhiệm vụ\tChủ trì\tThời gian\n1\tBan hành kế hoạch đào tạo\tVăn phòng\tBan hành kế hoạch chậm nhất là ngày 31/12/2025', note: 'a 2026 plan signed in December 2025: work due before the period starts but after the issue date' },
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2026\nTT\tNhiệm vụ\tChủ trì\tThời gian\n1\tCập nhật văn bản\tSở Tư pháp\tTheo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ', note: 'the date of a cited document is not a deadline' },
    ],
    invalid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nTT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tQuý II/2026', note: 'after the 2025 period' },
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2026\nII. NHIỆM VỤ\n- Các phòng hoàn thành số hóa hồ sơ trong tháng 4/2027.', note: 'a deadline in the body text after the period' },
    ],
  },
  *check({ facts, doc, options, text: text0 }) {
    const period = facts.period ?? doc.period;
    // A missing period is another finding; without one nothing can be compared (report each problem once).
    if (!period) return;
    const end = period.outlookYear ? `${period.outlookYear}-12-31` : period.end;
    const text = `${formatIso(period.start)} – ${formatIso(end)}`;
    // The plan's issue date (or the earliest date it can have been issued); not a date supplied from outside.
    const issued = facts.referenceDate && facts.referenceDate.source !== 'today' ? facts.referenceDate.iso : null;
    // Sections reporting past results ("Kết quả thực hiện năm 2025") hold past dates, not deadlines.
    const past = [...walkSections(doc.sections)].filter((s) => isResultsTitle(s.title)).map((s) => s.span);
    for (const d of facts.deadlines) {
      // Task deadlines, and deadline phrases in the body text ("hoàn thành trong tháng 4/2027"); not the legal bases.
      if (!d.valid || !d.end || (d.task === null && d.role === 'basis') || inside(d.span, past)) continue;
      if (d.end < period.start) {
        // A plan issued before its period (in December for the next year) may set work due before the period starts.
        if (issued && d.end >= issued) continue;
        yield { messageId: 'before', span: d.span, data: { deadline: d.text.trim(), end: formatIso(d.end), period: text } };
      } else if (d.end > addDays(end, options.graceDays)) {
        if (wrapUp(doc, text0, d) && d.end <= addDays(end, WRAP_UP_DAYS)) continue;
        yield { messageId: 'after', span: d.span, data: { deadline: d.text.trim(), end: formatIso(d.end), period: text } };
      }
    }
  },
});

/** Reviewing, reporting and rewarding the period's work happen just after it ends (DOMAIN §5.2: yearly report). */
const WRAP_UP = pattern(String.raw`(?<![\p{L}])(?:tổng kết|sơ kết|báo cáo|đánh giá kết quả|khen thưởng|thi đua|bình xét|xét khen|hồ sơ đề nghị|quyết toán)(?![\p{L}])`, 'iu');
/** How long after the period such a wrap-up may be due: one quarter. */
const WRAP_UP_DAYS = 92;

/** Whether the deadline's task (or the clause it closes, in the body text) reviews, reports or rewards the period's work. */
function wrapUp(doc: PlanDocument, text: string, d: Deadline): boolean {
  const task = d.task !== null ? doc.tasks[d.task] : undefined;
  const words = task
    ? [task.mission, task.activity, task.objective, task.output].map((r) => r?.text ?? '').join(' ')
    : [
        text.slice(clauseStart(text, d.span.start), d.span.end),
        // and the titles of the sections it stands in ("3.4. Thời gian gửi hồ sơ khen thưởng").
        ...[...walkSections(doc.sections)].filter((s) => inside(d.span, [s.span])).map((s) => s.title),
      ].join(' ');
  return WRAP_UP.test(words);
}
