// load/pdf-ocr-low-confidence: pages recognised poorly.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/pdf-ocr-low-confidence',
  meta: {
    defaultSeverity: 'warning',
    minSeverity: 'warning',
    fileLevel: true,
    description: {
      vi: 'Các trang ảnh quét được OCR nhận dạng với độ tin cậy thấp: kết quả kiểm tra trên các trang này không đáng tin.',
      en: 'Scanned pages that OCR recognised with low confidence: the findings on them are unreliable.',
    },
    source: 'Rationale: a page Tesseract reads with a mean word confidence under 75 holds many misread words (issue 14 item 5)',
  },
  messages: {
    'pdf-ocr-low-confidence': {
      vi: 'Trang {pages} (độ tin cậy trung bình của nhận dạng) được nhận dạng kém: chữ đọc ra có thể sai nhiều, kết quả kiểm tra các trang này không đáng tin. Hãy gửi bản Word, hoặc bản quét rõ hơn (300 dpi, thẳng trang).',
      en: 'Page(s) {pages} (mean recognition confidence) were recognised poorly: the text read may be quite wrong, and the findings on these pages are unreliable. Submit the Word file, or a clearer scan (300 dpi, straight).',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no such note from the loader' }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'page 3 read with a mean confidence of 61 %', loadNotes: [{ code: 'pdf-ocr-low-confidence', pages: [3], confidence: [61] }] }],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'pdf-ocr-low-confidence')) yield { messageId: 'pdf-ocr-low-confidence', span: null, data: { pages: (n.pages ?? []).map((p, i) => `${p} (${n.confidence?.[i] ?? '?'}%)`).join(', ') } };
  },
});
