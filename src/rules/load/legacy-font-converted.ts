// load/legacy-font-converted: the document is typed in a legacy font (TCVN3/VNI) that was converted for the check.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/legacy-font-converted',
  meta: {
    defaultSeverity: 'info',
    fileLevel: true,
    description: {
      vi: 'Văn bản dùng phông chữ cũ (TCVN3/VNI), đã tự chuyển sang Unicode để kiểm tra; Nghị định 30 yêu cầu phông Unicode.',
      en: 'The document uses a legacy font (TCVN3/VNI), converted to Unicode for the check; Decree 30 requires a Unicode font.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I: phông Times New Roman, bộ mã Unicode TCVN 6909:2001 (DOMAIN §1.4 [TMVN-30])',
  },
  messages: {
    'legacy-font-converted': {
      vi: 'Văn bản dùng phông chữ cũ không phải Unicode ({font}); đã tự chuyển sang Unicode để kiểm tra. Nghị định 30/2020/NĐ-CP yêu cầu phông Times New Roman, bộ mã Unicode TCVN 6909:2001.',
      en: 'The document uses a legacy non-Unicode font ({font}); it was converted to Unicode for the check. Nghị định 30/2020/NĐ-CP requires Times New Roman in Unicode (TCVN 6909:2001).',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a Word file in Times New Roman' }],
    invalid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a Word file typed in .VnTime', loadNotes: [{ code: 'legacy-font-converted', font: '.VnTime', count: 2 }] },
    ],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'legacy-font-converted')) yield { messageId: 'legacy-font-converted', span: null, data: { font: n.font ?? '' } };
  },
});
