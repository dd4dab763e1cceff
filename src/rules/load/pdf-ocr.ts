// load/pdf-ocr: pages recognised by OCR.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/pdf-ocr',
  meta: {
    defaultSeverity: 'info',
    fileLevel: true,
    description: {
      vi: 'Các trang PDF là ảnh quét được nhận dạng bằng OCR (--ocr): chữ có thể sai, các phát hiện trên phần này được ghi rõ.',
      en: 'PDF pages that are scanned images were read by OCR (--ocr): the text may be wrong, and findings on it say so.',
    },
    source: 'Rationale: text recognised from a scan is not the author\'s text; findings on it must say so (issue 14 item 5)',
  },
  messages: {
    'pdf-ocr': {
      vi: 'Trang {pages} của tệp PDF là ảnh quét: chữ được nhận dạng bằng OCR (Tesseract) và có thể sai; các phát hiện trên phần này được ghi “(văn bản nhận dạng từ ảnh quét)”, không kiểm tra chính tả.',
      en: 'Page(s) {pages} of the PDF are scanned images: their text was recognised by OCR (Tesseract) and may be wrong; findings on it are marked “(text recognised from a scan)”, and its spelling is not checked.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no such note from the loader' }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a PDF whose pages 2 and 5 were read by OCR', loadNotes: [{ code: 'pdf-ocr', pages: [2, 5] }] }],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'pdf-ocr')) yield { messageId: 'pdf-ocr', span: null, data: { pages: (n.pages ?? []).join(', ') } };
  },
});
