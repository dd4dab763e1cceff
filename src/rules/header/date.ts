// header/date: the "…, ngày DD tháng MM năm YYYY" line is present, complete, valid and padded per NĐ 30/2020.
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { DATE_PADDING } from '../../data/nd30.js';
import { headerAnchor } from '../_util.js';
import type { Span } from '../../model/span.js';

export default defineRule({
  id: 'header/date',
  meta: {
    defaultSeverity: 'error',
    messageSeverity: { form: 'warning', monthPadded: 'info' },
    severityNote: {
      vi: 'Một ngày để trống ("ngày   tháng 7") là thông tin (info) khi --stage draft.',
      en: 'A blank day ("ngày   tháng 7") is info with --stage draft.',
    },
    description: {
      vi: 'Ngày ban hành phải đầy đủ, hợp lệ, đúng dạng "ngày DD tháng MM năm YYYY"; ngày dưới 10 và tháng 1, 2 có số 0 phía trước.',
      en: 'The issue date must be complete, valid and written "ngày DD tháng MM năm YYYY"; days below 10 and months 1–2 are zero-padded.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm d; Phụ lục I (DOMAIN §1.4 [LVN-NGAY] [KTX-NGAY])',
  },
  messages: {
    missing: {
      vi: 'Thiếu địa danh và ngày ban hành. Thêm dòng "<Địa danh>, ngày DD tháng MM năm YYYY" cùng hàng với số, ký hiệu.',
      en: 'Place and date of issue are missing. Add "<Place>, ngày DD tháng MM năm YYYY" on the line of the number.',
    },
    placeholder: {
      vi: 'Ngày ban hành còn để trống ("{raw}"). Ghi đủ ngày, tháng, năm khi ban hành.',
      en: 'The issue date is still blank ("{raw}"). Fill in day, month and year when the plan is issued.',
    },
    invalid: {
      vi: 'Ngày ban hành "{raw}" không có thật trên lịch.',
      en: 'Issue date "{raw}" is not a real calendar day.',
    },
    dayPadding: {
      vi: 'Ngày "{day}" nhỏ hơn 10 phải viết có số 0 phía trước: "ngày 0{day}".',
      en: 'Day "{day}" is below 10 and must be written with a leading zero: "ngày 0{day}".',
    },
    monthPadding: {
      vi: 'Tháng {month} phải viết có số 0 phía trước: "tháng 0{month}".',
      en: 'Month {month} must be written with a leading zero: "tháng 0{month}".',
    },
    monthPadded: {
      vi: 'Từ tháng 3 trở đi không cần số 0: viết "tháng {month}" thay cho "tháng {monthText}".',
      en: 'From March on months are not padded: write "tháng {month}" instead of "tháng {monthText}".',
    },
    form: {
      vi: 'Ngày ban hành "{raw}" không viết theo dạng "ngày DD tháng MM năm YYYY".',
      en: 'Issue date "{raw}" is not written as "ngày DD tháng MM năm YYYY".',
    },
  },
  examples: {
    valid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 28 tháng 02 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025' },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 5 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'day not padded' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 15 tháng 1 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'January not padded' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày    tháng 7 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'blank day in a final document' },
    ],
  },
  *check({ doc, text, settings }): Generator<RuleReport<'missing' | 'placeholder' | 'invalid' | 'dayPadding' | 'monthPadding' | 'monthPadded' | 'form'>> {
    const d = doc.header.issueDate;
    if (!d) {
      yield { messageId: 'missing', span: headerAnchor(doc, text) };
      return;
    }
    const raw = d.raw.trim();
    if (d.placeholder || d.day === null || d.month === null || d.year === null) {
      yield { messageId: 'placeholder', span: d.span, data: { raw }, ...(settings.stage === 'draft' ? { severity: 'info' as const } : {}) };
      return;
    }
    if (d.iso === null) {
      yield { messageId: 'invalid', span: d.span, data: { raw } };
      return;
    }
    if (!/ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}/iu.test(raw)) {
      yield { messageId: 'form', span: d.span, data: { raw } };
      return;
    }
    const dayText = d.dayText ?? String(d.day);
    const monthText = d.monthText ?? String(d.month);
    const numbers = numberSpans(text, d.span.start, d.span.end, dayText, monthText);
    // Each fix replaces exactly the typed number ("5" → "05"), so `kehoach fix` can make it a tracked change.
    const fixOf = (span: Span | null, replacement: string): { fix?: { span: Span; text: string } } => (span ? { fix: { span, text: replacement } } : {});
    if (d.day < 10 && !dayText.startsWith('0'))
      yield { messageId: 'dayPadding', span: d.span, data: { day: d.day }, ...fixOf(numbers.day, `0${d.day}`) };
    if (DATE_PADDING.padMonths.includes(d.month) && !monthText.startsWith('0'))
      yield { messageId: 'monthPadding', span: d.span, data: { month: d.month }, ...fixOf(numbers.month, `0${d.month}`) };
    // March–September padded: the decree pads only months 1 and 2; every official example leaves the rest unpadded (likely → info).
    // The fix is offered (SARIF, JSON) but `kehoach fix` does not apply it on its own: see FIXABLE in src/annotate/fixes.ts.
    if (d.month >= 3 && d.month <= 9 && monthText.startsWith('0'))
      yield { messageId: 'monthPadded', span: d.span, data: { month: d.month, monthText }, ...fixOf(numbers.month, String(d.month)) };
  },
});

/**
 * Where the typed day and month numbers are in the date line: the digits after "ngày" and "tháng", when they read as
 * the parsed values (else null: no fix is offered rather than a fix at a guessed place).
 */
function numberSpans(text: string, start: number, end: number, dayText: string, monthText: string): { day: Span | null; month: Span | null } {
  const line = text.slice(start, end);
  const m = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+\d{4}/diu.exec(line);
  const at = (i: 1 | 2, typed: string): Span | null => {
    const idx = m?.indices?.[i];
    return idx && m?.[i] === typed ? { start: start + idx[0], end: start + idx[1] } : null;
  };
  return { day: at(1, dayText), month: at(2, monthText) };
}
