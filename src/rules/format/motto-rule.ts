// format/motto-rule: the rule under the Tiêu ngữ (Phụ lục I of NĐ 30/2020): present, solid, as long as the motto.
import { MOTTO_RULE } from '../../data/nd30-presentation.js';
import { defineRule } from '../../engine/define-rule.js';
import { pt, severityOf } from './_measure.js';

const HEADER = 'UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025';

export default defineRule({
  id: 'format/motto-rule',
  meta: {
    defaultSeverity: 'info',
    description: {
      vi: 'Dưới Tiêu ngữ có đường kẻ ngang, nét liền, dài bằng dòng chữ (Phụ lục I Nghị định 30/2020/NĐ-CP); chỉ báo khi tệp cho thấy chắc chắn không có đường kẻ (tệp Word và PDF).',
      en: 'A solid horizontal rule as long as the line of text is set under the motto (Decree 30/2020 Appendix I); reported only when the file shows for certain that there is none (Word and PDF files).',
    },
    source: MOTTO_RULE.source,
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: {
    missing: {
      vi: 'Tiêu ngữ: không có đường kẻ ngang bên dưới — quy định đường kẻ ngang nét liền, dài bằng dòng chữ.',
      en: 'Motto: no rule under it — Decree 30 asks for a solid horizontal line as long as the text.',
    },
    length: {
      vi: 'Tiêu ngữ: đường kẻ bên dưới dài {measured} pt, dòng chữ dài {text} pt — quy định đường kẻ dài bằng dòng chữ.',
      en: 'Motto: the rule under it is {measured} pt long, the text {text} pt — Decree 30 asks for a rule as long as the text.',
    },
  },
  examples: {
    valid: [{ code: HEADER, file: { formats: ['docx', 'pdf'], deviation: 'a line under the Tiêu ngữ (shape, VML line, paragraph or cell border, underline)', test: 'test/rules/format/motto-rule.test.ts' } }],
    invalid: [{ code: HEADER, file: { formats: ['docx', 'pdf'], deviation: 'nothing under the Tiêu ngữ', measured: 'Tiêu ngữ: không có đường kẻ ngang bên dưới — quy định đường kẻ ngang nét liền, dài bằng dòng chữ.', test: 'test/rules/format/motto-rule.test.ts' } }],
  },
  *check({ doc }) {
    const rule = doc.presentation?.mottoRule;
    const motto = doc.header.motto;
    const severity = severityOf(MOTTO_RULE.confidence);
    if (!rule || !motto || !severity) return;
    if (rule.state === 'absent') yield { messageId: 'missing', span: motto.span, severity };
    else if (rule.state === 'present' && rule.widthPt !== null && rule.textWidthPt !== null && rule.textWidthPt > 0) {
      const share = rule.widthPt / rule.textWidthPt;
      if (share < MOTTO_RULE.lengthShare.min || share > MOTTO_RULE.lengthShare.max) {
        yield { messageId: 'length', span: motto.span, severity, data: { measured: pt(rule.widthPt), text: pt(rule.textWidthPt) } };
      }
    }
  },
});
