// structure/reform-areas: a general CCHC plan covers direction and management plus the six NQ 76/NQ-CP areas.
import { defineRule } from '../../engine/define-rule.js';
import { REFORM_AREAS, areaOfTitle } from '../../data/reform-areas.js';
import { firstContentLine, fold, planTitle, walkSections } from '../_util.js';

/** Only a general administrative-reform plan must cover every area (a TTHC-only plan covers one). */
const GENERAL_CCHC = /cải cách hành chính|\bcchc\b/u;

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
      {
        code: 'KẾ HOẠCH\nCải cách hành chính năm 2026\nI. NHIỆM VỤ\n1. Công tác chỉ đạo, điều hành\n- Ban hành kế hoạch.\n2. Cải cách thể chế\n- Rà soát văn bản.\n3. Cải cách thủ tục hành chính\n- Rà soát TTHC.\n4. Cải cách tổ chức bộ máy\n- Kiện toàn tổ chức.\n5. Cải cách chế độ công vụ\n- Đánh giá công chức.\n6. Cải cách tài chính công\n- Quản lý tài sản công.\n7. Xây dựng chính quyền điện tử, chính quyền số\n- Số hóa hồ sơ.',
      },
    ],
    invalid: [
      {
        code: 'KẾ HOẠCH\nCải cách hành chính năm 2026\nI. NHIỆM VỤ\n1. Công tác chỉ đạo, điều hành\n- Ban hành kế hoạch.\n2. Cải cách thể chế\n- Rà soát văn bản.\n3. Cải cách thủ tục hành chính\n- Rà soát TTHC.\n4. Cải cách tổ chức bộ máy\n- Kiện toàn tổ chức.\n5. Cải cách chế độ công vụ\n- Đánh giá công chức.\n6. Xây dựng chính quyền điện tử, chính quyền số\n- Số hóa hồ sơ.',
        note: 'no public-finance area',
      },
    ],
  },
  *check({ doc, facts, text }) {
    if (doc.truncated) return; // a cut-off text: structure/truncated reports it once
    if (!GENERAL_CCHC.test(fold(planTitle(doc)))) return;
    const covered = new Set<string>();
    for (const s of walkSections(doc.sections)) {
      // A heading alone is no task: the section must say something (paragraphs or sub-items).
      if (s.paragraphs.length === 0 && s.children.length === 0) continue;
      const id = areaOfTitle(s.title);
      if (id) covered.add(id);
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
    const tasksSection = [...walkSections(doc.sections)].find((s) => s.kind !== 'dash' && s.kind !== 'plus' && /nhiệm vụ|giải pháp/u.test(fold(s.title)));
    const anchor = tasksSection?.titleSpan ?? doc.header.subject?.span ?? firstContentLine(text);
    for (const area of REFORM_AREAS) {
      if (area.confidence === 'unsure' || covered.has(area.id)) continue;
      yield { messageId: 'missing', span: anchor, data: { area: area.vi } };
    }
  },
});
