// task/missing-lead: every task names the unit in charge (đơn vị chủ trì).
import { defineRule } from '../../engine/define-rule.js';
import { hasSubstance, tableOf, taskLabel } from '../_tasks.js';

export default defineRule({
  id: 'task/missing-lead',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Mỗi nhiệm vụ phải ghi rõ đơn vị chủ trì thực hiện.',
      en: 'Every task must name the unit in charge (lead).',
    },
    source: 'Chỉ số CCHC, "Kế hoạch CCHC năm": định rõ trách nhiệm triển khai của phòng, ban, đơn vị (DOMAIN §5.2 [CM-1880])',
  },
  messages: {
    missing: {
      vi: 'Nhiệm vụ "{task}" chưa có đơn vị chủ trì. Ghi rõ phòng, đơn vị chịu trách nhiệm.',
      en: 'Task "{task}" names no lead unit. State the unit responsible.',
    },
    noColumn: {
      vi: 'Bảng nhiệm vụ không có cột đơn vị chủ trì. Thêm cột "Chủ trì".',
      en: 'The task table has no lead column. Add a "Chủ trì" column.',
    },
  },
  examples: {
    valid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\tBáo cáo\tQuý II/2025' }],
    invalid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\t\tBáo cáo\tQuý II/2025', note: 'empty lead cell' }],
  },
  *check({ doc }) {
    const tablesReported = new Set<number>();
    for (const task of doc.tasks) {
      if (task.lead?.text.trim() || !hasSubstance(task)) continue;
      if (task.source === 'table') {
        const t = tableOf(doc, task);
        if (t && !t.table.columns.includes('lead')) {
          if (!tablesReported.has(t.index)) yield { messageId: 'noColumn', span: { start: t.table.span.start, end: t.table.span.start + (t.table.header.join('\t').length || 1) } };
          tablesReported.add(t.index);
          continue;
        }
        yield { messageId: 'missing', span: task.span, data: { task: taskLabel(task) } };
      } else if (task.deadline || task.output) {
        yield { messageId: 'missing', span: task.span, data: { task: taskLabel(task) } };
      }
    }
  },
});
