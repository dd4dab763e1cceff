// format/font: the text is set in Times New Roman (Unicode), Phụ lục I of NĐ 30/2020.
import { FONT } from '../../data/nd30-presentation.js';
import { defineRule } from '../../engine/define-rule.js';
import type { FormatRun } from '../../model/presentation.js';
import { severityOf } from './_measure.js';

const LETTER_RE = /\p{L}/gu;
const norm = (f: string): string => f.trim().replace(/\s+/gu, ' ').toLowerCase();

export default defineRule({
  id: 'format/font',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Văn bản dùng phông chữ Times New Roman, bộ mã Unicode TCVN 6909:2001 (tệp Word và PDF).',
      en: 'The text is set in Times New Roman, Unicode (TCVN 6909:2001) (Word and PDF files).',
    },
    source: FONT.source,
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: {
    font: {
      vi: 'Phông chữ {fonts}: {letters} chữ cái — quy định Times New Roman.',
      en: 'Font {fonts}: {letters} letters — Decree 30 asks for Times New Roman.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', file: { formats: ['docx', 'pdf'], deviation: 'every letter in Times New Roman', test: 'test/rules/format/conforming.test.ts' } }],
    invalid: [{ code: 'Nâng cao chất lượng, hiệu quả công tác cải cách hành chính', file: { formats: ['docx', 'pdf'], deviation: 'the body set in Arial (a PDF names its fonts: "ABCDEF+Arial-BoldMT" is Arial)', measured: 'Phông chữ "Arial": … chữ cái — quy định Times New Roman.', test: 'test/rules/format/font.test.ts' } }],
  },
  *check({ doc, text }) {
    const p = doc.presentation;
    const severity = severityOf(FONT.confidence);
    if (!p || !severity) return;
    const want = norm(FONT.family);
    const counts = new Map<string, number>();
    let first: FormatRun | undefined;
    for (const r of p.runs) {
      if (r.font === null || norm(r.font) === want) continue;
      // Only letters count: a bullet or a symbol in Symbol/Wingdings is not text set in another font.
      const letters = text.slice(r.start, r.end).match(LETTER_RE)?.length ?? 0;
      if (letters === 0) continue;
      counts.set(r.font, (counts.get(r.font) ?? 0) + letters);
      first ??= r;
    }
    if (!first) return;
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    yield {
      messageId: 'font',
      span: { start: first.start, end: first.end },
      severity,
      data: { fonts: sorted.map(([f]) => `"${f}"`).join(', '), letters: sorted.reduce((a, [, n]) => a + n, 0) },
    };
  },
});
