// deadline/missing: every task says when it must be done.
import { defineRule } from '../../engine/define-rule.js';
import { missingFields, tableHeaderSpan, taskLabel } from '../_tasks.js';

export default defineRule({
  id: 'deadline/missing',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Mỗi nhiệm vụ phải có thời hạn hoàn thành.',
      en: 'Every task must have a deadline.',
    },
    source: 'Chỉ số CCHC, "Kế hoạch CCHC năm": kết quả rõ ràng, cụ thể, thời gian hoàn thành (DOMAIN §5.2 [CM-1880])',
  },
  messages: {
    missing: {
      vi: 'Nhiệm vụ "{task}" chưa có thời hạn hoàn thành. Ghi thời gian thực hiện (ví dụ "Quý II/2025", "Trước ngày 30/6/2025").',
      en: 'Task "{task}" has no deadline. State when it is due (e.g. "Quý II/2025", "before 30/6/2025").',
    },
    noColumn: {
      vi: 'Bảng nhiệm vụ không có cột thời gian thực hiện, trong khi kế hoạch CCHC phải nêu thời gian hoàn thành của từng nhiệm vụ. Thêm cột "Thời gian hoàn thành".',
      en: 'The task table has no deadline column, while a CCHC plan must give every task a deadline. Add a "Thời gian hoàn thành" column.',
    },
  },
  examples: {
    valid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\tBáo cáo\tQuý II/2025' }],
    invalid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\tBáo cáo\t', note: 'empty deadline cell' }],
  },
  *check({ doc, facts, settings }) {
    const withDeadline = new Set(facts.deadlines.map((d) => d.task).filter((t): t is number => t !== null));
    // A CCHC plan must give every task its deadline (DOMAIN §5.2); other plans only where they have the column.
    for (const m of missingFields(doc, 'deadline', (task, i) => (task.deadline?.text.trim() ?? '') !== '' || withDeadline.has(i), settings.profile === 'cchc')) {
      if (m.kind === 'table') yield { messageId: 'noColumn', span: tableHeaderSpan(m.table) };
      else yield { messageId: 'missing', span: m.task.span, data: { task: taskLabel(m.task) } };
    }
  },
});
