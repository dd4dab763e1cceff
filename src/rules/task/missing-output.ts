// task/missing-output: every task names its output or result (sản phẩm / kết quả).
import { defineRule } from '../../engine/define-rule.js';
import { hasSubstance, tableOf, taskLabel } from '../_tasks.js';

export default defineRule({
  id: 'task/missing-output',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Mỗi nhiệm vụ phải ghi rõ sản phẩm hoặc kết quả cần đạt.',
      en: 'Every task must state its output or expected result.',
    },
    source: 'Chỉ số CCHC, "Kế hoạch CCHC năm": các kết quả phải đạt được xác định rõ ràng, cụ thể (DOMAIN §5.2 [CM-1880])',
  },
  messages: {
    missing: {
      vi: 'Nhiệm vụ "{task}" chưa có sản phẩm/kết quả. Ghi rõ sản phẩm (ví dụ "Báo cáo", "Quyết định công bố").',
      en: 'Task "{task}" states no output. Name the product (e.g. a report, a decision).',
    },
    noColumn: {
      vi: 'Bảng nhiệm vụ không có cột sản phẩm/kết quả. Thêm cột "Sản phẩm".',
      en: 'The task table has no output column. Add a "Sản phẩm" column.',
    },
  },
  examples: {
    valid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\tBáo cáo\tQuý II/2025' }],
    invalid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\t\tQuý II/2025', note: 'empty output cell' }],
  },
  *check({ doc }) {
    const tablesReported = new Set<number>();
    for (const task of doc.tasks) {
      if (task.output?.text.trim() || !hasSubstance(task)) continue;
      if (task.source === 'table') {
        const t = tableOf(doc, task);
        if (t && !t.table.columns.includes('output')) {
          if (!tablesReported.has(t.index)) yield { messageId: 'noColumn', span: { start: t.table.span.start, end: t.table.span.start + (t.table.header.join('\t').length || 1) } };
          tablesReported.add(t.index);
          continue;
        }
        yield { messageId: 'missing', span: task.span, data: { task: taskLabel(task) } };
      } else if (task.deadline || task.lead) {
        yield { messageId: 'missing', span: task.span, data: { task: taskLabel(task) } };
      }
    }
  },
});
