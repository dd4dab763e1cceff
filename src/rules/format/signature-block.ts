// format/signature-block: the signer's authority, office and name, "Nơi nhận" and the recipients (Phụ lục I of NĐ 30/2020).
import { defineRule } from '../../engine/define-rule.js';
import { checkElements } from './_elements.js';
import { STYLE_MESSAGES } from './_measure.js';

const FOOTER = 'Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A';

export default defineRule({
  id: 'format/signature-block',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Quyền hạn, chức vụ người ký (in hoa, đậm), họ tên (đậm), từ "Nơi nhận" (đậm, nghiêng, cỡ 12) và danh sách nơi nhận (cỡ 11, chữ đứng) phải đúng Phụ lục I Nghị định 30/2020/NĐ-CP (tệp Word và PDF).',
      en: 'The signer\'s authority and office (capitals, bold), name (bold), "Nơi nhận" (bold italic, 12 pt) and the recipients (11 pt, upright) must follow Decree 30/2020 Appendix I (Word and PDF files).',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I (DOMAIN §1.4 signer certain; §1.6 "Nơi nhận" certain, recipients likely → info)',
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: STYLE_MESSAGES,
  examples: {
    valid: [{ code: FOOTER, file: { formats: ['docx', 'pdf'], deviation: '"Nơi nhận:" 12 pt bold italic, recipients 11 pt, authority and name bold', test: 'test/rules/format/conforming.test.ts' } }],
    invalid: [{ code: FOOTER, file: { formats: ['docx', 'pdf'], deviation: '"Nơi nhận:" not italic', measured: 'Từ "Nơi nhận": chữ không nghiêng — quy định chữ in nghiêng.', test: 'test/rules/format/signature-block.test.ts' } }],
  },
  *check({ doc, text }) {
    const p = doc.presentation;
    if (!p) return;
    const sig = doc.signature;
    const rec = doc.recipients;
    yield* checkElements(p, text, [
      { id: 'signatureTitle', spans: sig ? sig.titleLines.map((l) => l.span) : [] },
      { id: 'signerName', spans: sig?.signer ? [sig.signer.span] : [] },
      { id: 'recipientsHeading', spans: rec ? [rec.heading] : [] },
      { id: 'recipients', spans: rec ? [...rec.items.map((i) => i.span), ...(rec.archive ? [rec.archive.span] : [])] : [] },
    ]);
  },
});
