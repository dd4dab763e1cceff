// format/margins: page margins of the portrait pages (Phụ lục I of NĐ 30/2020; DOMAIN §1.4 marks them likely → info).
import { MARGINS } from '../../data/nd30-presentation.js';
import { defineRule } from '../../engine/define-rule.js';
import type { FormatSection } from '../../model/presentation.js';
import { pt, range, severityOf } from './_measure.js';

const SIDES = [
  { key: 'top', vi: 'lề trên', en: 'top' },
  { key: 'bottom', vi: 'lề dưới', en: 'bottom' },
  { key: 'left', vi: 'lề trái', en: 'left' },
  { key: 'right', vi: 'lề phải', en: 'right' },
] as const;

/** "phần 2" (a Word section), "trang 1–5, đo theo chữ" (a PDF's pages: margins measured from where the text stands). */
export function whereOf(s: FormatSection, i: number): { vi: string; en: string } {
  if (!s.pages) return { vi: `phần ${i + 1}`, en: `section ${i + 1}` };
  const pages = s.pages.from === s.pages.to ? `${s.pages.from}` : `${s.pages.from}–${s.pages.to}`;
  return { vi: `trang ${pages}, đo theo vị trí chữ`, en: `page(s) ${pages}, measured from the text` };
}

export default defineRule({
  id: 'format/margins',
  meta: {
    defaultSeverity: 'info',
    description: {
      vi: 'Lề trang (trang đứng): trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm (tệp Word; tệp PDF: đo từ vị trí chữ, nên lề đo được không nhỏ hơn lề thật).',
      en: 'Page margins (portrait pages): top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (Word files; PDF files: measured from where the text stands, never less than the margin set).',
    },
    source: MARGINS.source,
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: {
    margin: {
      vi: 'Lề trang ({where}): {measured} — quy định {required}.',
      en: 'Page margins ({where}): {measured} — Decree 30 asks for {required}.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx', 'pdf'], deviation: 'margins 20/20/30/20 mm (top, bottom, left, right)', test: 'test/rules/format/conforming.test.ts' } }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx', 'pdf'], deviation: 'a 10 mm bottom margin (a PDF: measured from where the text stands)', measured: 'Lề trang (phần 1): lề dưới 10 mm — quy định lề dưới 20–25 mm.', test: 'test/rules/format/margins.test.ts' } }],
  },
  *check({ doc }) {
    const p = doc.presentation;
    const severity = severityOf(MARGINS.confidence);
    if (!p || !severity) return;
    const seen = new Set<string>();
    for (const [i, s] of p.sections.entries()) {
      if (s.orientation === 'landscape' || s.span === null) continue;
      // A PDF's margins are measured from where the text stands (s.pages set): text never runs into a margin, and the
      // last line of a page often stops short of the bottom one (a paragraph kept together moves on), so a bottom
      // margin measured wider than allowed may be no more than that: only a too narrow one is reported.
      const fromText = s.pages !== undefined;
      const bad = SIDES.filter((side) => {
        const v = s.margins[side.key];
        const r = MARGINS[side.key];
        if (v === null) return false;
        // Where a line's box starts comes from font metrics (ascent): 1 mm more tolerance for a measured margin.
        const tol = MARGINS.toleranceMm + (fromText ? 1 : 0);
        return v < r.min - tol || (v > r.max + tol && !(fromText && side.key === 'bottom'));
      });
      if (bad.length === 0) continue;
      const measured = bad.map((b) => `${b.vi} ${pt(s.margins[b.key] as number)} mm`).join(', ');
      if (seen.has(measured)) continue;
      seen.add(measured);
      yield {
        messageId: 'margin',
        span: s.span,
        severity,
        data: {
          where: whereOf(s, i),
          measured: { vi: measured, en: bad.map((b) => `${b.en} ${pt(s.margins[b.key] as number).replace(',', '.')} mm`).join(', ') },
          required: {
            vi: bad.map((b) => `${b.vi} ${range(MARGINS[b.key].min, MARGINS[b.key].max)} mm`).join(', '),
            en: bad.map((b) => `${b.en} ${MARGINS[b.key].min}–${MARGINS[b.key].max} mm`).join(', '),
          },
        },
      };
    }
  },
});
