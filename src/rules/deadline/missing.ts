// deadline/missing: every task says when it must be done.
import { defineRule } from '../../engine/define-rule.js';
import { hasSubstance, tableOf, taskLabel } from '../_tasks.js';

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
      vi: 'Bảng nhiệm vụ không có cột thời gian thực hiện. Thêm cột "Thời gian hoàn thành".',
      en: 'The task table has no deadline column. Add a "Thời gian hoàn thành" column.',
    },
  },
  examples: {
    valid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\tBáo cáo\tQuý II/2025' }],
    invalid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\tBáo cáo\t', note: 'empty deadline cell' }],
  },
  *check({ doc, facts }) {
    const withDeadline = new Set(facts.deadlines.map((d) => d.task).filter((t): t is number => t !== null));
    const tablesReported = new Set<number>();
    for (const [i, task] of doc.tasks.entries()) {
      if (task.deadline?.text.trim() || withDeadline.has(i) || !hasSubstance(task)) continue;
      if (task.source === 'table') {
        const t = tableOf(doc, task);
        if (t && !t.table.columns.includes('deadline')) {
          if (!tablesReported.has(t.index)) yield { messageId: 'noColumn', span: { start: t.table.span.start, end: t.table.span.start + (t.table.header.join('\t').length || 1) } };
          tablesReported.add(t.index);
          continue;
        }
        yield { messageId: 'missing', span: task.span, data: { task: taskLabel(task) } };
      } else if (task.lead || task.output) {
        // Prose tasks are judged only when written as a structured block (lead or output given).
        yield { messageId: 'missing', span: task.span, data: { task: taskLabel(task) } };
      }
    }
  },
});
