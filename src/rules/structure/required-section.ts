// structure/required-section: a plan states its purpose, its tasks, who implements it and (CCHC) its funding.
import { defineRule } from '../../engine/define-rule.js';
import { firstContentLine, fold, walkSections } from '../_util.js';

/** Heading phrases that count for each part; real plans phrase them differently (folded, lower case). */
const PARTS = {
  purpose: /mục đích|mục tiêu|yêu cầu|sự cần thiết|quan điểm/u,
  tasks: /nhiệm vụ|giải pháp|nội dung/u,
  organisation: /tổ chức thực hiện|trách nhiệm thực hiện|phân công thực hiện|phân công nhiệm vụ|tổ chức triển khai/u,
  funding: /kinh phí|nguồn lực|ngân sách/u,
} as const;

/** Funding stated in prose ("Kinh phí thực hiện Kế hoạch được bố trí…", "bố trí kinh phí thực hiện"). */
const FUNDING_PROSE = /kinh phí (?:thực hiện|triển khai|bảo đảm|đảm bảo|cho công tác)|bố trí kinh phí|dự toán kinh phí|nguồn kinh phí/u;

export default defineRule({
  id: 'structure/required-section',
  meta: {
    defaultSeverity: 'warning',
    messageSeverity: { funding: 'info' },
    description: {
      vi: 'Kế hoạch phải có các phần: mục đích/mục tiêu, nhiệm vụ/giải pháp, tổ chức thực hiện; kế hoạch CCHC cần nêu kinh phí.',
      en: 'A plan must state its purpose/objectives, tasks/solutions and implementation; a CCHC plan should state funding.',
    },
    source: 'Chỉ số CCHC, tiêu chí "Kế hoạch CCHC năm" (xác định đầy đủ nhiệm vụ, bố trí kinh phí, trách nhiệm triển khai) (DOMAIN §5.2 [CM-1880])',
  },
  messages: {
    purpose: {
      vi: 'Không thấy phần mục đích, yêu cầu (hoặc mục tiêu) của kế hoạch. Thêm mục "MỤC ĐÍCH, YÊU CẦU".',
      en: 'No purpose-and-requirements (or objectives) part found. Add a "MỤC ĐÍCH, YÊU CẦU" section.',
    },
    tasks: {
      vi: 'Không thấy phần nhiệm vụ, giải pháp. Thêm mục "NHIỆM VỤ, GIẢI PHÁP" hoặc phụ lục nhiệm vụ.',
      en: 'No tasks-and-solutions part found. Add a "NHIỆM VỤ, GIẢI PHÁP" section or a task appendix.',
    },
    organisation: {
      vi: 'Không thấy phần tổ chức thực hiện (phân công trách nhiệm). Thêm mục "TỔ CHỨC THỰC HIỆN".',
      en: 'No implementation part (who does what) found. Add a "TỔ CHỨC THỰC HIỆN" section.',
    },
    funding: {
      vi: 'Kế hoạch CCHC chưa nêu kinh phí thực hiện. Nêu nguồn kinh phí (mục riêng hoặc trong phần tổ chức thực hiện).',
      en: 'The CCHC plan does not state its funding. State the source of funds (own section or within implementation).',
    },
  },
  examples: {
    valid: [
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ, GIẢI PHÁP\nIII. KINH PHÍ THỰC HIỆN\nIV. TỔ CHỨC THỰC HIỆN' },
      { code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC TIÊU\nII. NHIỆM VỤ\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng\nTham mưu bố trí kinh phí thực hiện các nhiệm vụ.' },
    ],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nII. NHIỆM VỤ, GIẢI PHÁP', note: 'no implementation, no funding' }],
  },
  *check({ doc, text, settings }) {
    if (doc.truncated) return; // a cut-off text: structure/truncated reports it once
    const headings: string[] = [];
    for (const s of walkSections(doc.sections)) if (s.kind !== 'dash' && s.kind !== 'plus') headings.push(fold(s.title));
    for (const p of [...doc.preamble, ...doc.closing]) if (p.text.length <= 90) headings.push(fold(p.text));
    /** Whether any prose (paragraph, dash or plus item) matches, folded; only when the funding check needs it. */
    const proseHas = (re: RegExp): boolean => {
      for (const s of walkSections(doc.sections)) {
        if ((s.kind === 'dash' || s.kind === 'plus') && re.test(fold(s.title))) return true;
        if (s.paragraphs.some((p) => re.test(fold(p.text)))) return true;
      }
      return [...doc.preamble, ...doc.closing].some((p) => re.test(fold(p.text)));
    };
    const has = (re: RegExp): boolean => headings.some((h) => re.test(h));
    const anchor = doc.header.subject?.span ?? doc.header.documentType?.span ?? firstContentLine(text);

    if (!has(PARTS.purpose)) yield { messageId: 'purpose', span: anchor };
    const tableTasks = doc.tasks.length > 0 || doc.tables.some((t) => t.columns.includes('mission') || t.columns.includes('activity'));
    if (!has(PARTS.tasks) && !tableTasks) yield { messageId: 'tasks', span: anchor };
    if (!has(PARTS.organisation)) yield { messageId: 'organisation', span: anchor };
    if (settings.profile === 'cchc') {
      const funded =
        has(PARTS.funding) ||
        doc.tables.some((t) => t.columns.includes('budget')) ||
        FUNDING_PROSE.test(fold(text)) ||
        proseHas(FUNDING_PROSE);
      // The PAR-index criterion is likely but its current wording unsure (DOMAIN §5.2): info only.
      if (!funded) yield { messageId: 'funding', span: anchor };
    }
  },
});
