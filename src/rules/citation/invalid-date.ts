// citation/invalid-date: a cited document's date is a real calendar day (no 31/4, no 29/02/2023).
import { defineRule } from '../../engine/define-rule.js';
import { citationLabel, dateText } from '../_citations.js';

export default defineRule({
  id: 'citation/invalid-date',
  meta: {
    defaultSeverity: 'error',
    description: {
      vi: 'Ngày ban hành của văn bản được dẫn phải là ngày có thật.',
      en: 'The date of a cited document must be a real calendar day.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I (trích dẫn: loại, số, ký hiệu, ngày ban hành) (DOMAIN §1.4, §2.2)',
  },
  messages: {
    invalid: {
      vi: 'Ngày "{date}" của {label} không có thật trên lịch. Kiểm tra lại ngày ban hành.',
      en: 'Date "{date}" of {label} is not a real calendar day. Check the issue date.',
    },
  },
  examples: {
    valid: [{ code: 'Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ;' }],
    invalid: [{ code: 'Căn cứ Quyết định số 468/QĐ-TTg ngày 31/4/2021 của Thủ tướng Chính phủ;', note: '31 April' }],
  },
  *check({ facts }) {
    for (const c of facts.citations) {
      if (!c.date || c.date.valid) continue;
      yield { messageId: 'invalid', span: c.date.span, data: { date: dateText(c.date.raw), label: citationLabel(c) } };
    }
  },
});
