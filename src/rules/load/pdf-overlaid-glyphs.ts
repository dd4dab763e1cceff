// load/pdf-overlaid-glyphs: a PDF draws Vietnamese letters from a fallback font, so its extracted text may be scrambled.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/pdf-overlaid-glyphs',
  meta: {
    defaultSeverity: 'warning',
    fileLevel: true,
    description: {
      vi: 'Tệp PDF vẽ chữ có dấu bằng phông thay thế: chữ trích ra có thể bị đảo lộn và các cảnh báo chính tả có thể sai.',
      en: 'The PDF draws accented letters from a fallback font: the extracted text may be scrambled and spelling findings wrong.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I: phông Times New Roman, bộ mã Unicode TCVN 6909:2001 (DOMAIN §1.4 [TMVN-30])',
  },
  messages: {
    'pdf-overlaid-glyphs': {
      vi: 'Trang {pages} của tệp PDF vẽ một số chữ có dấu bằng phông thay thế (phông chính thiếu chữ tiếng Việt): chữ trích ra có thể bị đảo lộn, kéo theo cảnh báo chính tả sai. Hãy gửi bản Word, hoặc xuất PDF bằng phông Unicode đầy đủ (Times New Roman).',
      en: 'Page(s) {pages} of the PDF draw some Vietnamese letters from a fallback font (the main font lacks them): the extracted text may be scrambled, and spelling findings wrong. Submit the Word file, or export the PDF with a complete Unicode font (Times New Roman).',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'one complete Unicode font' }],
    invalid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a PDF whose pages 1 and 2 draw letters from a fallback font', loadNotes: [{ code: 'pdf-overlaid-glyphs', pages: [1, 2] }] },
    ],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'pdf-overlaid-glyphs')) yield { messageId: 'pdf-overlaid-glyphs', span: null, data: { pages: (n.pages ?? []).join(', ') } };
  },
});
