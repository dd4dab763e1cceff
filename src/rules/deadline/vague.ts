// deadline/vague: a task deadline that is no date at all ("Thường xuyên", "Khi có phát sinh").
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'deadline/vague',
  meta: {
    defaultSeverity: 'info',
    description: {
      vi: 'Thời hạn chỉ ghi "thường xuyên", "khi có phát sinh" khó theo dõi, đánh giá.',
      en: 'Deadlines such as "thường xuyên" (ongoing) or "khi có phát sinh" (when needed) cannot be tracked.',
    },
    source: 'Chỉ số CCHC, "Kế hoạch CCHC năm": kết quả rõ ràng, cụ thể (DOMAIN §5.2); style, hence info',
  },
  messages: {
    vague: {
      vi: 'Thời hạn "{deadline}" không xác định được thời điểm hoàn thành; nếu có thể, ghi mốc kiểm tra (ví dụ "Hằng quý", "Trước 15/12").',
      en: 'Deadline "{deadline}" names no point in time; where possible give a checkpoint (e.g. quarterly, before 15/12).',
    },
  },
  examples: {
    valid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tQuý II/2025' }],
    invalid: [{ code: 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tThường xuyên', note: 'ongoing' }],
  },
  *check({ facts }) {
    for (const d of facts.deadlines) {
      if (d.kind !== 'continuous' && d.kind !== 'conditional') continue;
      if (d.task === null && d.role !== 'table') continue;
      yield { messageId: 'vague', span: d.span, data: { deadline: d.text.replace(/\s+/gu, ' ').trim() } };
    }
  },
});
