// load/not-a-plan: the file shows no sign of being a plan, so the document rules were not run on it.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/not-a-plan',
  meta: {
    defaultSeverity: 'info',
    fileLevel: true,
    description: {
      vi: 'Tệp không có dấu hiệu của một kế hoạch (không có tên loại văn bản, phần đầu văn bản hay mục đánh số): không kiểm tra cấu trúc, thay vì báo hàng loạt lỗi "thiếu".',
      en: 'The file shows no sign of being a plan (no document type name, header or numbered sections): its structure is not checked, instead of a pile of "missing" findings.',
    },
    source: 'Rationale: the checks of Nghị định 30/2020/NĐ-CP Điều 8 apply to a plan; a meeting note or a letter in the folder is not one (DOMAIN §1.3 [TMVN-30])',
  },
  messages: {
    'not-a-plan': {
      vi: 'Tệp không có dấu hiệu của một kế hoạch (không có tên loại văn bản, phần đầu văn bản hay mục đánh số): không kiểm tra cấu trúc.',
      en: 'The file shows no sign of being a plan (no document type name, header or numbered sections): its structure was not checked.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng phục vụ người dân.' }],
    invalid: [{ code: 'Ghi chú cuộc họp sáng thứ Hai\nAnh Nam gửi lại số liệu trước thứ Sáu.\nChị Lan chuẩn bị phòng họp.' }],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'not-a-plan')) yield { messageId: n.code, span: null };
  },
});
