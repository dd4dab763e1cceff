// task/missing-output: every task names its output or result (sản phẩm / kết quả).
import { defineRule } from '../../engine/define-rule.js';
import { missingFields, tableHeaderSpan, taskLabel } from '../_tasks.js';

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
      vi: 'Bảng nhiệm vụ không có cột sản phẩm/kết quả, trong khi kế hoạch CCHC phải xác định rõ kết quả của từng nhiệm vụ. Thêm cột "Sản phẩm".',
      en: 'The task table has no output column, while a CCHC plan must state the result of every task. Add a "Sản phẩm" column.',
    },
  },
  examples: {
    valid: [
      { code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\tBáo cáo\tQuý II/2025' },
      { code: 'KẾ HOẠCH\nPhổ biến Luật Việc làm năm 2026\nII. NỘI DUNG\n1. Tổ chức hội nghị phổ biến Luật\n- Cơ quan thực hiện: Sở Nội vụ.\n- Thời gian thực hiện: Quý II/2026.', note: 'prose tasks in a plan that never uses the "Sản phẩm:" label' },
    ],
    invalid: [
      { code: 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tRà soát TTHC\tVăn phòng\t\tQuý II/2025', note: 'empty output cell' },
    ],
  },
  *check({ doc, settings }) {
    // A CCHC plan must give every task its output (DOMAIN §5.2); other plans only where they have the column.
    for (const m of missingFields(doc, 'output', (task) => (task.output?.text.trim() ?? '') !== '', settings.profile === 'cchc')) {
      if (m.kind === 'table') yield { messageId: 'noColumn', span: tableHeaderSpan(m.table) };
      else yield { messageId: 'missing', span: m.task.span, data: { task: taskLabel(m.task) } };
    }
  },
});
