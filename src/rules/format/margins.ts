// format/margins: page margins of the portrait pages (Phụ lục I of NĐ 30/2020; DOMAIN §1.4 marks them likely → info).
import { MARGINS } from '../../data/nd30-presentation.js';
import { defineRule } from '../../engine/define-rule.js';
import { pt, range, severityOf } from './_measure.js';

const SIDES = [
  { key: 'top', vi: 'lề trên', en: 'top' },
  { key: 'bottom', vi: 'lề dưới', en: 'bottom' },
  { key: 'left', vi: 'lề trái', en: 'left' },
  { key: 'right', vi: 'lề phải', en: 'right' },
] as const;

export default defineRule({
  id: 'format/margins',
  meta: {
    defaultSeverity: 'info',
    description: {
      vi: 'Lề trang (trang đứng): trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm (chỉ kiểm tra tệp Word).',
      en: 'Page margins (portrait pages): top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (Word files only).',
    },
    source: MARGINS.source,
    formats: ['docx'],
    group: 'presentation',
  },
  messages: {
    margin: {
      vi: 'Lề trang (phần {section}): {measured} — quy định {required}.',
      en: 'Page margins (section {section}): {measured} — Decree 30 asks for {required}.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'text formats have no margins: the rule does not run on them' }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a Word file with a 10 mm bottom margin (see test/rules/format/margins.test.ts)' }],
  },
  *check({ doc }) {
    const p = doc.presentation;
    const severity = severityOf(MARGINS.confidence);
    if (!p || !severity) return;
    const seen = new Set<string>();
    for (const [i, s] of p.sections.entries()) {
      if (s.orientation === 'landscape' || s.span === null) continue;
      const bad = SIDES.filter((side) => {
        const v = s.margins[side.key];
        const r = MARGINS[side.key];
        return v !== null && (v < r.min - MARGINS.toleranceMm || v > r.max + MARGINS.toleranceMm);
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
          section: i + 1,
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
