// deadline/vague: a task deadline that is no date at all ("Thường xuyên", "Khi có phát sinh").
import { defineRule } from '../../engine/define-rule.js';
import { pattern } from '../../text/pattern.js';

/**
 * A standing duty worded as one ("Thường xuyên kiểm tra …", "Duy trì …", "Tăng cường …", "Thực hiện nghiêm …",
 * "Tổ chức tốt việc …"): work that never finishes, for which "thường xuyên" is the right time. Only one-off work
 * ("Xây dựng …", "Ban hành …") with "thường xuyên" lacks a checkpoint.
 */
/** "Thường xuyên, hằng tháng", "Thường xuyên trong tháng": a recurrence is a checkpoint. */
const RECURRENCE = /hằng\s+(?:tuần|tháng|quý|năm)|trong\s+tháng|định\s+kỳ/iu;
const STANDING_DUTY =
  pattern(String.raw`^[\s\d.)\-–+*]*(?:thường\s+xuyên|định\s+kỳ|duy\s+trì|tiếp\s+tục|tăng\s+cường|đẩy\s+mạnh|đẩy\s+nhanh|nghiêm\s+túc|kiểm\s+soát|thực\s+hiện\s+(?:nghiêm|tốt|có\s+hiệu\s+quả)|tổ\s+chức\s+tốt|chấp\s+hành|theo\s+dõi|quán\s+triệt|nâng\s+cao|kiện\s+toàn|bảo\s+đảm|đảm\s+bảo|tiếp\s+nhận)(?![\p{L}\p{N}])`, 'iu');

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
    valid: [
      { code: 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tQuý II/2025' },
    ],
    invalid: [
      { code: 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tThường xuyên', note: 'ongoing' },
      { code: 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tTriển khai phương án\tVăn phòng\tTheo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh', note: 'a reference to another document\'s schedule' },
    ],
  },
  *check({ facts, doc }) {
    for (const d of facts.deadlines) {
      if (d.kind !== 'continuous' && d.kind !== 'conditional') continue;
      if (d.task === null && d.role !== 'table') continue;
      const task = d.task === null ? null : doc.tasks[d.task];
      if (d.kind === 'continuous' && RECURRENCE.test(d.text)) continue;
      if (d.kind === 'continuous' && task && STANDING_DUTY.test(task.mission?.text ?? task.activity?.text ?? task.objective?.text ?? '')) continue;
      yield { messageId: 'vague', span: d.span, data: { deadline: d.text.replace(/\s+/gu, ' ').trim() } };
    }
  },
});
