// target/over-100: a share of something cannot exceed 100% ("trên 100% hồ sơ").
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'target/over-100',
  meta: {
    defaultSeverity: 'error',
    description: {
      vi: 'Chỉ tiêu tỷ lệ (phần trăm của một tổng) không thể vượt 100%; "tăng 150% so với" là mức thay đổi, không phải tỷ lệ.',
      en: 'A share target (percent of a whole) cannot exceed 100%; "tăng 150% so với" is a change, not a share.',
    },
    source: 'Arithmetic: a share of a whole is at most 100%',
  },
  messages: {
    over: {
      vi: 'Chỉ tiêu "{target}" đặt tỷ lệ vượt 100%, điều không thể với một tỷ lệ trên tổng số. Sửa thành "100%" (hoặc "tối thiểu …%").',
      en: 'Target "{target}" sets a share above 100%, impossible for a part of a whole. Write "100%" (or "at least …%").',
    },
  },
  examples: {
    valid: [{ code: '- Bảo đảm 100% hồ sơ TTHC được giải quyết đúng hạn.\n- Số hồ sơ trực tuyến tăng 150% so với năm 2024.' }],
    invalid: [{ code: '- Bảo đảm trên 100% hồ sơ TTHC được giải quyết trước và đúng hạn.', note: 'more than 100% of records' }],
  },
  *check({ facts }) {
    for (const t of facts.targets) {
      if (t.kind !== 'share') continue;
      if (t.value > 100 || (t.value === 100 && t.comparator === 'gt'))
        yield { messageId: 'over', span: t.span, data: { target: t.text.replace(/\s+/gu, ' ').trim() } };
    }
  },
});
