// format/pdf-coverage: on a PDF, says once which presentation checks ran and which a PDF cannot support.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'format/pdf-coverage',
  meta: {
    defaultSeverity: 'info',
    description: {
      vi: 'Với tệp PDF, nói một lần những mục thể thức đã kiểm tra và những mục tệp PDF không cho biết (thụt đầu dòng, khoảng cách đoạn, giãn dòng, theo dõi thay đổi, chữ ẩn) — cần kiểm tra trên tệp Word gốc.',
      en: 'On a PDF, says once which presentation checks ran and which a PDF cannot support (first-line indent, paragraph and line spacing, tracked changes, hidden text) — to be checked on the source Word file.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I; tệp PDF chỉ giữ vị trí, phông và cỡ chữ, không giữ định dạng đoạn như tệp Word',
    formats: ['pdf'],
    group: 'presentation',
  },
  messages: {
    coverage: {
      vi: 'Tệp PDF: đã kiểm tra khổ giấy, phông chữ, cỡ chữ, chữ đậm/nghiêng (theo tên phông), căn lề nội dung, lề trang (đo theo vị trí chữ), số trang và chú thích còn sót. Tệp PDF không cho biết thụt đầu dòng, khoảng cách giữa các đoạn, giãn dòng, theo dõi thay đổi, chữ ẩn, tô sáng của bản Word: các mục này cần kiểm tra trên tệp Word gốc.',
      en: 'PDF file: checked paper size, fonts, font sizes, bold and italics (from the font names), body alignment, page margins (measured from where the text stands), page numbers and leftover annotations. A PDF cannot tell first-line indents, paragraph spacing, line spacing, or a Word file\'s tracked changes, hidden text and highlighting: check those on the source Word file.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx'], deviation: 'a Word file: every check runs, nothing to say', test: 'test/rules/format/pdf-coverage.test.ts' } }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['pdf'], deviation: 'any PDF with a text layer (one info per file; none when "presentation": false)', measured: 'Tệp PDF: đã kiểm tra khổ giấy, phông chữ, cỡ chữ … Tệp PDF không cho biết thụt đầu dòng, khoảng cách giữa các đoạn, giãn dòng …', test: 'test/rules/format/pdf-coverage.test.ts' } }],
  },
  *check({ doc }) {
    if (doc.presentation?.format === 'pdf') yield { messageId: 'coverage', span: null };
  },
});
