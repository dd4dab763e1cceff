// load/ocr-unavailable: OCR programs missing.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/ocr-unavailable',
  meta: {
    defaultSeverity: 'warning',
    minSeverity: 'warning',
    fileLevel: true,
    description: {
      vi: 'Không nhận dạng được các trang ảnh quét vì thiếu chương trình OCR (pdftoppm, tesseract và dữ liệu tiếng Việt): các trang đó không được kiểm tra.',
      en: 'Scanned pages could not be recognised because the OCR programs (pdftoppm, tesseract and its Vietnamese data) are missing: those pages were not checked.',
    },
    source: 'Rationale: --ocr needs poppler-utils, tesseract-ocr and tesseract-ocr-vie; the reader must know what was not checked and what to install',
  },
  messages: {
    'ocr-unavailable': {
      vi: 'Không nhận dạng được các trang ảnh quét (--ocr): thiếu {missing}. Hãy cài: sudo apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie (Debian/Ubuntu).',
      en: 'The scanned pages could not be recognised (--ocr), missing: {missing}. Install: sudo apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie (Debian/Ubuntu).',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no such note from the loader' }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a partly scanned PDF checked with --ocr on a machine without Tesseract', loadNotes: [{ code: 'ocr-unavailable', missing: ['tesseract'] }] }],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'ocr-unavailable')) yield { messageId: 'ocr-unavailable', span: null, data: { missing: (n.missing ?? []).join(', ') } };
  },
});
