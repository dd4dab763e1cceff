// format/header-elements: size, capitals, bold and italics of the header elements (Phụ lục I of NĐ 30/2020).
import { defineRule } from '../../engine/define-rule.js';
import type { Span } from '../../model/span.js';
import type { ElementId } from '../../data/nd30-presentation.js';
import { checkElements } from './_elements.js';
import { STYLE_MESSAGES } from './_measure.js';

const HEADER = 'UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương;';

export default defineRule({
  id: 'format/header-elements',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Quốc hiệu, Tiêu ngữ, tên cơ quan, số ký hiệu, địa danh và ngày, tên loại, trích yếu và căn cứ phải đúng cỡ chữ, kiểu chữ (in hoa, đậm, nghiêng) theo Phụ lục I Nghị định 30/2020/NĐ-CP (tệp Word và PDF).',
      en: 'National name, motto, bodies, number, place and date, type name, subject and legal bases must have the size and style (capitals, bold, italics) of Decree 30/2020 Appendix I (Word and PDF files).',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I (DOMAIN §1.4: sizes of Quốc hiệu, Tiêu ngữ and the bodies\' layout likely → info; the rest certain → warning)',
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: STYLE_MESSAGES,
  examples: {
    valid: [{ code: HEADER, file: { formats: ['docx', 'pdf'], deviation: 'each header element in its size and style (Tiêu ngữ 14 pt bold, place and date italic …)', test: 'test/rules/format/conforming.test.ts' } }],
    invalid: [{ code: HEADER, file: { formats: ['docx', 'pdf'], deviation: 'the Tiêu ngữ set in 12 pt', measured: 'Tiêu ngữ: cỡ chữ 12 — quy định 13–14.', test: 'test/rules/format/header-elements.test.ts' } }],
  },
  *check({ doc, text }) {
    const p = doc.presentation;
    if (!p) return;
    const h = doc.header;
    const span = (r: { span: Span } | null | undefined): Span[] => (r ? [r.span] : []);
    const placeDate: Span[] = h.issueDate ? [{ start: Math.min(h.place?.span.start ?? h.issueDate.span.start, h.issueDate.span.start), end: h.issueDate.span.end }] : [];
    const elements: { id: ElementId; spans: Span[] }[] = [
      { id: 'nationalName', spans: span(h.nationalName) },
      { id: 'motto', spans: span(h.motto) },
      { id: 'parentBody', spans: span(h.parentBody) },
      { id: 'issuingBody', spans: span(h.issuingBody) },
      { id: 'number', spans: span(h.documentNumber) },
      { id: 'placeDate', spans: placeDate },
      { id: 'documentType', spans: span(h.documentType) },
      { id: 'subject', spans: span(h.subject) },
      // The căn cứ block proper: "Thực hiện …" lines are part of the body, not bases of issue.
      { id: 'legalBasis', spans: doc.legalBases.filter((b) => /^căn cứ$/iu.test(b.lead.trim())).map((b) => b.span) },
    ];
    yield* checkElements(p, text, elements);
  },
});
