// load/pdf-font-recovered: fonts without a Unicode map decoded from the page images (--ocr).
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/pdf-font-recovered',
  meta: {
    defaultSeverity: 'info',
    fileLevel: true,
    description: {
      vi: 'Phông chữ không có bảng mã Unicode trong PDF được giải mã nhờ nhận dạng ảnh trang (--ocr): vị trí và bố cục chữ giữ nguyên từ tệp, chỉ các chữ cái được học từ OCR.',
      en: "Fonts without a Unicode map in the PDF were decoded from the page images (--ocr): the text keeps the file's positions and layout; only its letters were learned from OCR.",
    },
    source: 'Rationale: an issued PDF drawn in fonts without a Unicode map cannot be read otherwise; the reader must know its letters came from OCR (issue 14)',
  },
  messages: {
    'pdf-font-recovered': {
      vi: '{fonts} phông chữ không có bảng mã Unicode được giải mã từ ảnh các trang {pages} (OCR): {glyphs} mã chữ học được, trung bình {support}% số lần đọc đồng ý; {fromOcr} chữ lấy thẳng từ OCR, {undecided} chữ không xác định (hiện là “�”).',
      en: '{fonts} font(s) without a Unicode map decoded from the images of pages {pages} (OCR): {glyphs} glyph codes learned, {support}% of readings agreeing on average; {fromOcr} letter(s) taken from OCR as read, {undecided} undecided (shown as “�”).',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no such note from the loader' }],
    invalid: [
      {
        code: 'KẾ HOẠCH\nCải cách hành chính năm 2025',
        note: 'a PDF with four Identity-H fonts without ToUnicode, decoded with --ocr',
        loadNotes: [{ code: 'pdf-font-recovered', count: 4, glyphs: 205, support: 96, fromOcr: 21, undecided: 20, pages: [1, 2, 3] }],
      },
    ],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'pdf-font-recovered')) {
      yield {
        messageId: 'pdf-font-recovered',
        span: null,
        data: { fonts: n.count ?? 0, pages: (n.pages ?? []).join(', '), glyphs: n.glyphs ?? 0, support: n.support ?? 0, fromOcr: n.fromOcr ?? 0, undecided: n.undecided ?? 0 },
      };
    }
  },
});
