// structure/reform-areas: a general CCHC plan covers direction and management plus the six NQ 76/NQ-CP areas.
import { defineRule } from '../../engine/define-rule.js';
import { REFORM_AREAS, areaAtStart, areaOfTitle } from '../../data/reform-areas.js';
import type { Facts } from '../../model/facts.js';
import type { PlanDocument, Section } from '../../model/plan.js';
import type { Span } from '../../model/span.js';
import { firstContentLine, fold, planTitle, walkSections } from '../_util.js';
import { pattern } from '../../text/pattern.js';

const TWO_WORDS = pattern(String.raw`\p{L}{2,}.*\p{L}{2,}`, 'u');
const A_WORD = pattern(String.raw`\p{L}{2,}`, 'u');

/** Only a general administrative-reform plan must cover every area (a TTHC-only plan covers one). */
const GENERAL_CCHC = pattern(String.raw`cải cách hành chính|(?<![\p{L}\p{N}])cchc(?![\p{L}\p{N}])`, 'u');
/** A plan for one activity about CCHC, named before it in the title ("Kiểm tra công tác cải cách hành chính"). */
const THEMATIC = pattern(String.raw`(?<![\p{L}])(?:kiểm tra|thi đua|khen thưởng|tuyên truyền|khảo sát|đào tạo|bồi dưỡng|tập huấn|đánh giá|xác định chỉ số|chấm điểm|giám sát)(?![\p{L}])`, 'u');

export default defineRule({
  id: 'structure/reform-areas',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Kế hoạch CCHC chung phải có nhiệm vụ hoặc chỉ tiêu cho công tác chỉ đạo, điều hành và đủ 6 lĩnh vực cải cách của Nghị quyết 76/NQ-CP.',
      en: 'A general CCHC plan must give tasks or targets for direction and management and each of the six reform areas of Resolution 76/NQ-CP.',
    },
    source: 'Nghị quyết 76/NQ-CP (Chương trình tổng thể CCHC 2021–2030); Chỉ số CCHC tiêu chí 1.1.2 (DOMAIN §5.1, §5.2)',
    profiles: ['cchc'],
  },
  messages: {
    missing: {
      vi: 'Kế hoạch chưa có nhiệm vụ hoặc chỉ tiêu nào cho lĩnh vực "{area}". Bổ sung mục hoặc nhiệm vụ cho lĩnh vực này.',
      en: 'The plan has no task or target for the area "{area}". Add a section or tasks for it.',
    },
  },
  examples: {
    valid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2026\nI. NHIỆM VỤ\n1. Công tác chỉ đạo, điều hành\n- Ban hành kế hoạch.\n2. Cải cách thể chế\n- Rà soát văn bản.\n3. Cải cách thủ tục hành chính\n- Rà soát TTHC.\n4. Cải cách tổ chức bộ máy\n- Kiện toàn tổ chức.\n5. Cải cách chế độ công vụ\n- Đánh giá công chức.\n6. Cải cách tài chính công\n- Quản lý tài sản công.\n7. Xây dựng chính quyền điện tử, chính quyền số\n- Số hóa hồ sơ.' },
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2026\nI. NHIỆM VỤ\n1. Công tác chỉ đạo, điều hành: ban hành kế hoạch kiểm tra.\n2. Cải cách thể chế: rà soát văn bản quy phạm pháp luật.\n3. Cải cách thủ tục hành chính: rà soát TTHC.\n4. Cải cách tổ chức bộ máy: kiện toàn tổ chức.\n5. Cải cách chế độ công vụ: đánh giá công chức.\n6. Cải cách tài chính công: quản lý tài sản công.\n7. Xây dựng chính quyền điện tử, chính quyền số: số hóa hồ sơ.', note: 'the task written on the area\'s line' },
    ],
    invalid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2026\nI. NHIỆM VỤ\n1. Công tác chỉ đạo, điều hành\n- Ban hành kế hoạch.\n2. Cải cách thể chế\n- Rà soát văn bản.\n3. Cải cách thủ tục hành chính\n- Rà soát TTHC.\n4. Cải cách tổ chức bộ máy\n- Kiện toàn tổ chức.\n5. Cải cách chế độ công vụ\n- Đánh giá công chức.\n6. Xây dựng chính quyền điện tử, chính quyền số\n- Số hóa hồ sơ.', note: 'no public-finance area' },
    ],
  },
  *check({ doc, facts, text }) {
    if (doc.truncated) return; // a cut-off text: structure/truncated reports it once
    if (!isGeneralCchc(doc)) return;
    const covered = coveredAreas(doc, facts, text);
    const anchor = tasksAnchor(doc) ?? doc.header.subject?.span ?? firstContentLine(text);
    for (const area of REFORM_AREAS) {
      if (area.confidence === 'unsure' || covered.has(area.id)) continue;
      yield { messageId: 'missing', span: anchor, data: { area: area.vi } };
    }
  },
});

/**
 * Only a plan that is itself the general CCHC plan must cover every area: a TTHC-only plan covers one, and a plan
 * for one activity about CCHC (kiểm tra, thi đua, tuyên truyền, khảo sát, đào tạo …) is organised by that activity.
 */
function isGeneralCchc(doc: PlanDocument): boolean {
  const title = fold(planTitle(doc));
  const m = GENERAL_CCHC.exec(title);
  if (!m) return false;
  return !THEMATIC.test(title.slice(0, m.index));
}

/** A line that reads as a heading: short, and not a sentence (no closing "." or ";"). */
function headingLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.split(/\s+/u).length <= 16 && !/[.;]$/u.test(t);
}

/** "2. Cải cách thể chế: rà soát, sửa đổi …": the area's task written on the same line. */
function inlineTask(line: string): boolean {
  const at = line.indexOf(':');
  return at >= 0 && TWO_WORDS.test(line.slice(at + 1));
}

/**
 * The areas the plan gives anything for. An area is covered by: a section titled with it that has content
 * (paragraphs, sub-items) or carries its task on the title line; an area heading written as a plain paragraph
 * (auto-numbered lists lose their numbers) followed by anything before the next area heading or main section;
 * a task or table group row of the area ("I | Cải cách thể chế"); a target of the area.
 */
function coveredAreas(doc: PlanDocument, facts: Facts, text: string): Set<string> {
  const covered = new Set<string>();
  const sections = [...walkSections(doc.sections)];
  // Where an area's region may end: the next area heading, or the next main (Roman, part, heading) section.
  const boundaries: number[] = [];
  const headings: { id: string; start: number; end: number }[] = [];
  for (const s of sections) {
    if (s.kind === 'roman' || s.kind === 'part' || s.kind === 'heading') boundaries.push(s.titleSpan.start);
    const id = areaOfTitle(s.title);
    // A heading alone is no task: the section must say something (paragraphs, sub-items or the task inline).
    if (id && (s.paragraphs.length > 0 || s.children.length > 0 || inlineTask(s.title))) covered.add(id);
    for (const p of s.paragraphs) {
      const pid = areaAtStart(p.text);
      if (!pid) continue;
      if (inlineTask(p.text)) covered.add(pid);
      else if (headingLike(p.text)) headings.push({ id: pid, start: p.span.start, end: p.span.end });
    }
  }
  for (const h of headings) boundaries.push(h.start);
  for (const h of headings) {
    if (covered.has(h.id)) continue;
    const next = boundaries.filter((b) => b >= h.end).reduce((a, b) => Math.min(a, b), doc.recipients?.heading.start ?? text.length);
    if (A_WORD.test(text.slice(h.end, next))) covered.add(h.id);
  }
  for (const t of doc.tasks) {
    const id = t.area ? areaOfTitle(t.area.text) : null;
    if (id) covered.add(id);
  }
  for (const t of doc.tables)
    for (const r of t.rows) {
      if (r.kind !== 'area') continue;
      const id = areaOfTitle(r.cells.map((c) => c.text).join(' '));
      if (id) covered.add(id);
    }
  for (const t of facts.targets) if (t.area) covered.add(t.area);
  return covered;
}

/** Where the tasks are listed: the top-most "Nhiệm vụ/Giải pháp" section, else the first task table's header. */
function tasksAnchor(doc: PlanDocument): Span | null {
  let best: Section | null = null;
  for (const s of walkSections(doc.sections)) {
    if (s.kind === 'dash' || s.kind === 'plus' || !/nhiệm vụ|giải pháp/u.test(fold(s.title))) continue;
    if (!best || s.level < best.level) best = s;
  }
  if (best) return best.titleSpan;
  const table = doc.tables.find((t) => t.columns.includes('lead') || t.columns.includes('deadline'));
  return table ? { start: table.span.start, end: table.span.start + (table.header.join('\t').length || 1) } : null;
}
