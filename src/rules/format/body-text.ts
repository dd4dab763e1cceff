// format/body-text: size, justification, first-line indent, paragraph and line spacing of the body (Phụ lục I of NĐ 30/2020).
import { BODY_LAYOUT, styleOf } from '../../data/nd30-presentation.js';
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import type { FormatParagraph, Presentation } from '../../model/presentation.js';
import type { PlanDocument, Section } from '../../model/plan.js';
import type { Span } from '../../model/span.js';
import { measure, pt, range, severityOf } from './_measure.js';

/** A paragraph shorter than this fits on one line of an A4 page at 13–14 pt: justified or not, it looks the same. */
const ONE_LINE_CHARS = 100;
/** Line height of Times New Roman as a multiple of its size (single spacing). */
const SINGLE_LINE = 1.15;
/** Places quoted per finding. */
const SHOWN = 3;
const HEADING_KINDS = new Set<Section['kind']>(['part', 'heading', 'roman']);

interface BodyParagraph {
  f: FormatParagraph;
  heading: boolean;
  span: Span;
}

/** The body's paragraphs outside tables and appendices: section titles (headings flagged) and section text. */
function bodyParagraphs(doc: PlanDocument, p: Presentation): BodyParagraph[] {
  const spans: { span: Span; heading: boolean }[] = [];
  const visit = (s: Section): void => {
    spans.push({ span: s.titleSpan, heading: HEADING_KINDS.has(s.kind) });
    for (const para of s.paragraphs) spans.push({ span: para.span, heading: false });
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  const appendices = doc.appendices.map((a) => a.span);
  const inAppendix = (s: Span): boolean => appendices.some((a) => s.start >= a.start && s.start < a.end);
  const out = new Map<number, BodyParagraph>();
  let k = 0;
  spans.sort((a, b) => a.span.start - b.span.start);
  for (const f of p.paragraphs) {
    if (f.inTable || out.has(f.paragraph) || inAppendix(f)) continue;
    while (k < spans.length && (spans[k] as { span: Span }).span.end <= f.start) k += 1;
    const s = spans[k];
    if (!s || s.span.start >= f.end) continue;
    out.set(f.paragraph, { f, heading: s.heading, span: { start: f.start, end: f.end } });
  }
  return [...out.values()].sort((a, b) => a.f.start - b.f.start);
}

type Id = 'size' | 'align' | 'indent' | 'gap' | 'line';

export default defineRule({
  id: 'format/body-text',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Nội dung văn bản: cỡ chữ 13–14, căn đều hai lề, thụt đầu dòng 1–1,27 cm, cách đoạn tối thiểu 6 pt, giãn dòng từ dòng đơn đến 1,5 dòng (tệp Word; tệp PDF: cỡ chữ và căn lề).',
      en: 'Body text: 13–14 pt, justified, first-line indent 1–1.27 cm, at least 6 pt between paragraphs, line spacing from single to 1.5 lines (Word files; PDF files: size and alignment).',
    },
    source: BODY_LAYOUT.source,
    formats: ['docx', 'pdf'],
    group: 'presentation',
  },
  messages: {
    size: {
      vi: 'Nội dung: {count} đoạn có cỡ chữ khác {required} ({examples}) — quy định cỡ chữ {required}.',
      en: 'Body text: {count} paragraph(s) not in {required} pt ({examples}) — Decree 30 asks for {required} pt.',
    },
    align: {
      vi: 'Nội dung: {count} đoạn không căn đều hai lề ({examples}) — quy định căn đều hai lề.',
      en: 'Body text: {count} paragraph(s) not justified ({examples}) — Decree 30 asks for justified text.',
    },
    indent: {
      vi: 'Nội dung: {count} đoạn thụt đầu dòng khác 1–1,27 cm ({examples}) — quy định lùi đầu dòng 1 cm hoặc 1,27 cm.',
      en: 'Body text: {count} paragraph(s) with a first-line indent other than 1–1.27 cm ({examples}) — Decree 30 asks for 1 cm or 1.27 cm.',
    },
    gap: {
      vi: 'Nội dung: {count} chỗ cách đoạn dưới 6 pt ({examples}) — quy định khoảng cách giữa các đoạn tối thiểu 6 pt.',
      en: 'Body text: {count} place(s) with less than 6 pt between paragraphs ({examples}) — Decree 30 asks for at least 6 pt.',
    },
    line: {
      vi: 'Nội dung: {count} đoạn giãn dòng ngoài khoảng dòng đơn – 1,5 dòng ({examples}) — quy định từ dòng đơn đến 1,5 dòng.',
      en: 'Body text: {count} paragraph(s) with line spacing outside single – 1.5 lines ({examples}) — Decree 30 asks for single to 1.5 lines.',
    },
  },
  examples: {
    valid: [{ code: 'Nâng cao chất lượng, hiệu quả công tác cải cách hành chính của Sở, tạo chuyển biến rõ nét trong thực thi công vụ.', file: { formats: ['docx', 'pdf'], deviation: 'body paragraphs in 14 pt, justified, first-line indent 1.27 cm, 6 pt after, 1.15 lines', test: 'test/rules/format/conforming.test.ts' } }],
    invalid: [
      { code: 'Nâng cao chất lượng, hiệu quả công tác cải cách hành chính của Sở, tạo chuyển biến rõ nét trong thực thi công vụ.', file: { formats: ['docx', 'pdf'], deviation: 'the body set in 12 pt', measured: 'Nội dung: … đoạn có cỡ chữ khác 13–14 (đoạn …: cỡ 12; …) — quy định cỡ chữ 13–14.', test: 'test/rules/format/body-text.test.ts' } },
      { code: 'Nâng cao chất lượng, hiệu quả công tác cải cách hành chính của Sở, tạo chuyển biến rõ nét trong thực thi công vụ.', file: { formats: ['docx'], deviation: 'body paragraphs without a first-line indent (a PDF cannot tell indents)', measured: 'Nội dung: … đoạn thụt đầu dòng khác 1–1,27 cm (đoạn …: 0 cm; …) — quy định lùi đầu dòng 1 cm hoặc 1,27 cm.', test: 'test/rules/format/body-text.test.ts' } },
    ],
  },
  *check({ doc, text }) {
    const p = doc.presentation;
    const severity = severityOf(BODY_LAYOUT.confidence);
    if (!p || !severity) return;
    const body = bodyParagraphs(doc, p);
    const size = styleOf('body').size;
    const bad: Record<Id, { at: Span; vi: string; en: string }[]> = { size: [], align: [], indent: [], gap: [], line: [] };
    const pdf = p.format === 'pdf';
    body.forEach((b, i) => {
      const f = b.f;
      const m = measure(p, text, b.span);
      // A PDF has no paragraph numbers an officer could find: its paragraphs are pointed at by page.
      const where = pdf && f.page !== undefined ? `trang ${f.page}` : `đoạn ${f.paragraph}`;
      const whereEn = pdf && f.page !== undefined ? `page ${f.page}` : `paragraph ${f.paragraph}`;
      if (size && m?.size != null && (m.size < size.min || m.size > size.max)) bad.size.push({ at: b.span, vi: `${where}: cỡ ${pt(m.size)}`, en: `${whereEn}: ${pt(m.size)} pt` });
      const long = b.span.end - b.span.start >= ONE_LINE_CHARS;
      // Word: an alignment set nowhere is left. PDF: null means the lines did not tell.
      const align = f.align ?? (pdf ? null : 'left');
      if (!b.heading && long && align !== null && align !== 'both' && align !== 'distribute') {
        bad.align.push({ at: b.span, vi: `${where}: căn ${ALIGN_VI[align] ?? align}`, en: `${whereEn}: ${align}` });
      }
      const ind = BODY_LAYOUT.firstLineCm;
      // A centred or right-aligned line has no first line to indent; a leading tab is an indent made with a tab stop.
      const centred = f.align === 'center' || f.align === 'right' || f.align === 'end';
      const first = f.firstLineCm;
      const tabbed = f.leadingTab && first !== null && first <= ind.tolerance;
      if (first !== null && !b.heading && !centred && !tabbed && !f.numbered && (first < ind.min - ind.tolerance || first > ind.max + ind.tolerance)) {
        bad.indent.push({ at: b.span, vi: `${where}: ${pt(first)} cm`, en: `${whereEn}: ${first} cm` });
      }
      const next = body[i + 1];
      if (next && next.f.paragraph === f.paragraph + 1 && f.spacingAfterPt !== null && next.f.spacingBeforePt !== null) {
        const gap = f.spacingAfterPt + next.f.spacingBeforePt;
        if (gap < BODY_LAYOUT.minGapPt - 0.05) bad.gap.push({ at: b.span, vi: `sau ${where}: ${pt(gap)} pt`, en: `after ${whereEn}: ${gap} pt` });
      }
      const lines = pdf ? null : lineSpacing(f, m?.size ?? null);
      const ls = BODY_LAYOUT.lineSpacing;
      if (lines !== null && (lines < ls.minLines - 0.1 || lines > ls.maxLines + 0.05)) {
        bad.line.push({ at: b.span, vi: `${where}: ${pt(lines)} dòng`, en: `${whereEn}: ${lines.toFixed(2)} lines` });
      }
    });
    const required = size ? range(size.min, size.max) : '';
    for (const id of ['size', 'align', 'indent', 'gap', 'line'] as const) {
      const list = bad[id];
      if (list.length === 0) continue;
      // Places said once each (a PDF points at pages: several paragraphs of one page read the same).
      const seen = new Set<string>();
      const shown = list.filter((x) => !seen.has(x.vi) && seen.add(x.vi));
      const more = shown.length > SHOWN ? '; …' : '';
      const report: RuleReport<Id> = {
        messageId: id,
        span: (list[0] as { at: Span }).at,
        severity,
        data: {
          count: list.length,
          required,
          examples: { vi: shown.slice(0, SHOWN).map((x) => x.vi).join('; ') + more, en: shown.slice(0, SHOWN).map((x) => x.en).join('; ') + more },
        },
      };
      yield report;
    }
  },
});

const ALIGN_VI: Record<string, string> = { left: 'trái', start: 'trái', right: 'phải', end: 'phải', center: 'giữa' };

/** Line spacing in lines (1 = single); null when it cannot be below single or above 1.5 lines as set. */
function lineSpacing(f: FormatParagraph, size: number | null): number | null {
  if (!f.line) return 1;
  if (f.line.rule === 'auto') return f.line.value;
  if (size === null) return null;
  const lines = f.line.value / (size * SINGLE_LINE);
  // "At least" never goes below the font's own line height.
  if (f.line.rule === 'atLeast') return Math.max(1, lines);
  return Math.round(lines * 100) / 100;
}
