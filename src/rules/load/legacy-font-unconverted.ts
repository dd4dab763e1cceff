// load/legacy-font-unconverted: runs in a legacy non-Unicode font that could not be converted.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/legacy-font-unconverted',
  meta: {
    defaultSeverity: 'warning',
    fileLevel: true,
    description: {
      vi: 'Có đoạn dùng phông chữ cũ (không phải Unicode) mà không chuyển được: chữ trích ra có thể sai.',
      en: 'Some runs use a legacy (non-Unicode) font that could not be converted: the extracted text may be wrong.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I: phông Times New Roman, bộ mã Unicode TCVN 6909:2001 (DOMAIN §1.4 [TMVN-30])',
  },
  messages: {
    'legacy-font-unconverted': {
      vi: 'Có đoạn dùng phông chữ cũ không phải Unicode ({font}) mà không chuyển được: chữ trích ra có thể sai. Chuyển toàn bộ văn bản sang phông Unicode (Times New Roman).',
      en: 'Some runs use a legacy non-Unicode font ({font}) that could not be converted: the extracted text may be wrong. Convert the whole document to a Unicode font (Times New Roman).',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a Word file in Times New Roman' }],
    invalid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a Word file with one run in VPS Times', loadNotes: [{ code: 'legacy-font-unconverted', font: 'VPS Times', count: 1 }] },
    ],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'legacy-font-unconverted')) yield { messageId: 'legacy-font-unconverted', span: null, data: { font: n.font ?? '' } };
  },
});
