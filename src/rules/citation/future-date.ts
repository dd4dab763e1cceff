// citation/future-date: a cited document is not dated after the plan itself.
import { defineRule } from '../../engine/define-rule.js';
import { citationLabel, dateText } from '../_citations.js';
import { formatIso } from '../_util.js';
import { endOfMonth } from '../../text/calendar.js';

export default defineRule({
  id: 'citation/future-date',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Văn bản được dẫn không thể có ngày ban hành sau ngày ban hành kế hoạch.',
      en: 'A cited document cannot be dated after the plan.',
    },
    source: 'Logic: a plan can only cite documents that exist when it is issued (Nghị định 30/2020/NĐ-CP Phụ lục I, căn cứ ban hành)',
  },
  messages: {
    future: {
      vi: '{label} ghi ngày {date}, sau ngày ban hành kế hoạch ({reference}). Kiểm tra lại ngày của văn bản được dẫn hoặc ngày ban hành kế hoạch.',
      en: '{label} is dated {date}, after the plan\'s date ({reference}). Check the cited date or the plan date.',
    },
  },
  examples: {
    valid: [{ code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nCăn cứ Kế hoạch số 20/KH-UBND ngày 15/01/2025 của UBND tỉnh;' }],
    invalid: [{ code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nCăn cứ Kế hoạch số 20/KH-UBND ngày 15/4/2025 của UBND tỉnh;', note: 'cited plan dated after the plan' }],
  },
  *check({ doc, facts, settings }) {
    let ref = settings.referenceDate;
    // A draft date "ngày … tháng 12 năm 2025" only bounds the month: compare with its last day.
    const issue = doc.header.issueDate;
    if (ref && issue && issue.iso === null && issue.month !== null && issue.year !== null && ref.startsWith(`${issue.year}-${String(issue.month).padStart(2, '0')}`))
      ref = endOfMonth(issue.year, issue.month);
    // A reference date inferred from the citations themselves cannot judge them (circular): only a real date can.
    if (!ref || facts.referenceDate?.source === 'citations') return;
    for (const c of facts.citations) {
      const iso = c.date?.iso;
      if (!iso || !c.date || iso <= ref) continue;
      yield { messageId: 'future', span: c.date.span, data: { label: citationLabel(c), date: dateText(c.date.raw), reference: formatIso(ref) } };
    }
  },
});
