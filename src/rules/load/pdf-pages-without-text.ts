// load/pdf-pages-without-text: some pages of a PDF are images only, so their content was not checked.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/pdf-pages-without-text',
  meta: {
    defaultSeverity: 'warning',
    minSeverity: 'warning',
    fileLevel: true,
    description: {
      vi: 'Các trang PDF không có lớp văn bản (ảnh quét) không được kiểm tra; báo để người đọc biết phần nào chưa được xem.',
      en: 'PDF pages without a text layer (scanned images) are not checked; reported so the reader knows what was not seen.',
    },
    source: 'Rationale: a scanned page has no text to check, and the plan must be text in a Unicode font (Nghị định 30/2020/NĐ-CP Phụ lục I; DOMAIN §1.4 [TMVN-30])',
  },
  messages: {
    'pdf-pages-without-text': {
      vi: 'Trang {pages} của tệp PDF không có lớp văn bản (ảnh quét): nội dung các trang này không được kiểm tra. Hãy gửi bản Word, hoặc PDF xuất trực tiếp từ Word.',
      en: 'Page(s) {pages} of the PDF have no text layer (scanned images): their content was not checked. Submit the Word file, or a PDF exported from Word.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'every page has text' }],
    invalid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a PDF whose pages 3 and 5 are scans', loadNotes: [{ code: 'pdf-pages-without-text', pages: [3, 5] }] },
    ],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'pdf-pages-without-text')) yield { messageId: 'pdf-pages-without-text', span: null, data: { pages: (n.pages ?? []).join(', ') } };
  },
});
