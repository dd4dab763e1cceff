// citation/year-mismatch: the year inside a normative number equals the year of the date given with it.
import { defineRule } from '../../engine/define-rule.js';
import { citationLabel, dateText } from '../_citations.js';

export default defineRule({
  id: 'citation/year-mismatch',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Năm trong số hiệu văn bản quy phạm pháp luật phải trùng với năm ban hành ghi kèm.',
      en: 'The year in a normative document number must equal the year of its date.',
    },
    source: 'Luật 64/2025/QH15 Điều 7 khoản 3 (số, ký hiệu gồm năm ban hành) (DOMAIN §2.1)',
  },
  messages: {
    mismatch: {
      vi: '{label} mang năm {numberYear} trong số hiệu nhưng ghi ngày {date} (năm {dateYear}). Kiểm tra lại số hiệu hoặc ngày ban hành.',
      en: '{label} has the year {numberYear} in its number but is dated {date} ({dateYear}). Check the number or the date.',
    },
  },
  examples: {
    valid: [{ code: 'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;' }],
    invalid: [{ code: 'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2024 của Chính phủ;', note: '2025 in the number, 2024 in the date' }],
  },
  *check({ facts }) {
    for (const c of facts.citations) {
      const numberYear = c.number?.year;
      const dateYear = c.date?.year;
      if (numberYear == null || dateYear == null || numberYear === dateYear || !c.date) continue;
      if (c.number?.form !== 'normative' && c.number?.form !== 'law') continue;
      yield { messageId: 'mismatch', span: c.span, data: { label: citationLabel(c), numberYear, dateYear, date: dateText(c.date.raw) } };
    }
  },
});
