// task/missing-lead: every task names the unit in charge (đơn vị chủ trì).
import { defineRule } from '../../engine/define-rule.js';
import { missingFields, tableHeaderSpan, taskLabel } from '../_tasks.js';

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
      vi: 'Bảng nhiệm vụ không có cột đơn vị chủ trì, trong khi kế hoạch CCHC phải định rõ trách nhiệm của từng đơn vị. Thêm cột "Chủ trì".',
      en: 'The task table has no lead column, while a CCHC plan must name who is responsible for every task. Add a "Chủ trì" column.',
    },
  },
  examples: {
    valid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\tBáo cáo\tQuý II/2025' }],
    invalid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\t\tBáo cáo\tQuý II/2025', note: 'empty lead cell' }],
  },
  *check({ doc, settings }) {
    // A CCHC plan must give every task its lead (DOMAIN §5.2); other plans only where they have the column.
    for (const m of missingFields(doc, 'lead', (task) => (task.lead?.text.trim() ?? '') !== '', settings.profile === 'cchc')) {
      if (m.kind === 'table') yield { messageId: 'noColumn', span: tableHeaderSpan(m.table) };
      else yield { messageId: 'missing', span: m.task.span, data: { task: taskLabel(m.task) } };
    }
  },
});
