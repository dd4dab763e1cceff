// format/page-number: page numbers centred in the top margin, not on the first page (Phụ lục I of NĐ 30/2020).
import { PAGE_NUMBER } from '../../data/nd30-presentation.js';
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { pt, severityOf } from './_measure.js';

const ALIGN_VI: Record<string, string> = { left: 'trái', start: 'trái', right: 'phải', end: 'phải', both: 'đều hai bên', distribute: 'đều hai bên' };

/** Characters of text that surely fill more than one A4 page at 13–14 pt (a page holds some 2,500–3,000). */
const MULTI_PAGE_CHARS = 4000;

export default defineRule({
  id: 'format/page-number',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Số trang đánh bằng chữ số Ả Rập, cỡ chữ 13–14, căn giữa ở lề trên, không hiện ở trang đầu (tệp Word và PDF).',
      en: 'Pages are numbered in Arabic numerals, 13–14 pt, centred in the top margin, not on the first page (Word and PDF files).',
    },
    source: PAGE_NUMBER.source,
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: {
    missing: {
      vi: 'Văn bản nhiều trang nhưng không đánh số trang — quy định đánh số trang ở giữa lề trên, từ trang 2.',
      en: 'A document of several pages without page numbers — Decree 30 asks for numbers centred in the top margin, from page 2.',
    },
    inFooter: {
      vi: 'Số trang đặt ở lề dưới (chân trang) — quy định ở lề trên (đầu trang).',
      en: 'Page numbers are in the bottom margin (footer) — Decree 30 asks for the top margin (header).',
    },
    notCentred: {
      vi: 'Số trang căn {align} — quy định căn giữa.',
      en: 'Page numbers are aligned {align} — Decree 30 asks for centred.',
    },
    size: {
      vi: 'Số trang: cỡ chữ {measured} — quy định 13–14.',
      en: 'Page numbers: font size {measured} pt — Decree 30 asks for 13–14.',
    },
    onFirstPage: {
      vi: 'Số trang hiện ở trang 1 — quy định không đánh số trang đầu.',
      en: 'The page number shows on page 1 — Decree 30 asks for none on the first page.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx', 'pdf'], deviation: 'page numbers centred in the header from page 2', test: 'test/rules/format/conforming.test.ts' } }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx', 'pdf'], deviation: 'page numbers in the footer', measured: 'Số trang đặt ở lề dưới (chân trang) — quy định ở lề trên (đầu trang).', test: 'test/rules/format/page-number.test.ts' } }],
  },
  *check({ doc, text }): Iterable<RuleReport<'missing' | 'inFooter' | 'notCentred' | 'size' | 'onFirstPage'>> {
    const p = doc.presentation;
    const severity = severityOf(PAGE_NUMBER.confidence);
    if (!p || !severity) return;
    const first = p.sections.find((s) => s.span !== null) ?? p.sections[0];
    if (!first) return;
    const n = first.pageNumber;
    if (!n) {
      // A PDF says how many pages it has; a one-page PDF needs no number.
      const pdfPages = p.format === 'pdf' ? Math.max(0, ...p.sections.map((s) => s.pages?.to ?? 0)) : null;
      if (pdfPages === null ? text.length >= MULTI_PAGE_CHARS : pdfPages > 1) yield { messageId: 'missing', span: null, severity };
      return;
    }
    if (n.place === 'footer') yield { messageId: 'inFooter', span: null, severity };
    if (n.align !== null && n.align !== 'center') yield { messageId: 'notCentred', span: null, severity, data: { align: { vi: ALIGN_VI[n.align] ?? n.align, en: n.align } } };
    if (n.onFirstPage) yield { messageId: 'onFirstPage', span: null, severity };
    // DOMAIN §1.4: Arabic numerals, size 13–14 (certain).
    if (n.size != null && (n.size < PAGE_NUMBER.size.min || n.size > PAGE_NUMBER.size.max)) yield { messageId: 'size', span: null, severity, data: { measured: pt(n.size) } };
  },
});
