// format/page-setup: A4 paper, the text on portrait pages (Phụ lục I of NĐ 30/2020).
import { PAPER } from '../../data/nd30-presentation.js';
import { defineRule } from '../../engine/define-rule.js';
import { pt } from './_measure.js';

export default defineRule({
  id: 'format/page-setup',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Văn bản trình bày trên giấy A4 (210 × 297 mm), trang đứng; trang nằm ngang chỉ dùng cho bảng, biểu (tệp Word và PDF).',
      en: 'The document is set on A4 paper (210 × 297 mm), portrait; landscape pages only for tables (Word and PDF files).',
    },
    source: PAPER.source,
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: {
    notA4: {
      vi: 'Khổ giấy {width} × {height} mm ({where}) — quy định A4 (210 × 297 mm).',
      en: 'Paper {width} × {height} mm ({where}) — Decree 30 asks for A4 (210 × 297 mm).',
    },
    landscape: {
      vi: 'Trang đầu của văn bản đặt nằm ngang — quy định trang đứng (trang nằm ngang chỉ cho bảng, biểu).',
      en: 'The first pages are landscape — Decree 30 asks for portrait (landscape only for tables).',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx', 'pdf'], deviation: 'A4 portrait pages', test: 'test/rules/format/conforming.test.ts' } }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx', 'pdf'], deviation: 'Letter paper (215.9 × 279.4 mm)', measured: 'Khổ giấy 215,9 × 279,4 mm (phần 1) — quy định A4 (210 × 297 mm).', test: 'test/rules/format/page-setup.test.ts' } }],
  },
  *check({ doc }) {
    const p = doc.presentation;
    if (!p) return;
    const seen = new Set<string>();
    for (const [i, s] of p.sections.entries()) {
      if (s.pageWidthMm === null || s.pageHeightMm === null) continue;
      const short = Math.min(s.pageWidthMm, s.pageHeightMm);
      const long = Math.max(s.pageWidthMm, s.pageHeightMm);
      if (Math.abs(short - PAPER.widthMm) > PAPER.toleranceMm || Math.abs(long - PAPER.heightMm) > PAPER.toleranceMm) {
        const key = `${pt(short)}x${pt(long)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        yield { messageId: 'notA4', span: s.span, data: { width: pt(short), height: pt(long), where: s.pages ? { vi: `trang ${s.pages.from === s.pages.to ? s.pages.from : `${s.pages.from}–${s.pages.to}`}`, en: `page(s) ${s.pages.from === s.pages.to ? s.pages.from : `${s.pages.from}–${s.pages.to}`}` } : { vi: `phần ${i + 1}`, en: `section ${i + 1}` } } };
      }
    }
    const first = p.sections.find((s) => s.span !== null) ?? p.sections[0];
    if (first && first.orientation === 'landscape') yield { messageId: 'landscape', span: first.span };
  },
});
