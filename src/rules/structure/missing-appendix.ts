// structure/missing-appendix: the body says an appendix is attached ("(có phụ lục kèm theo)") but none is present.
import { defineRule } from '../../engine/define-rule.js';

/**
 * "(có phụ lục kèm theo)", "(Có Phụ lục chi tiết … kèm theo)", "(chi tiết tại Phụ lục kèm theo)". Both branches
 * open with "(" or "c": the lookahead up front lets the scan skip other characters (twice as fast).
 */
const MENTION = /(?=[(c])(?:\((?:\s*(?:có|kèm theo|chi tiết (?:tại|theo|như))\s+phụ lục\b[^()\n]{0,200}?)\)|\bcó phụ lục\b[^()\n.;]{0,200}?kèm theo\b(?!\s+(?:Quyết định|Nghị định|Thông tư|Kế hoạch số|Công văn|Nghị quyết)))/giu;
/** A line that opens an appendix ("Phụ lục", "PHỤ LỤC I", "Phụ lục 01"). */
const APPENDIX_LINE = /^\s*(?:PHỤ LỤC|Phụ lục)(?:\s+(?:[IVXL]+|\d+|số\s*\d+))?\s*[.:]?\s*(?:\n|$|[-–:]\s)/mu;

export default defineRule({
  id: 'structure/missing-appendix',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Kế hoạch ghi có phụ lục kèm theo thì phụ lục phải có trong văn bản.',
      en: 'When the plan says an appendix is attached, the appendix must be present.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 3 điểm a; Phụ lục III mẫu 2.1/2.2 (phụ lục) (DOMAIN §1.3, §1.8)',
  },
  messages: {
    missing: {
      vi: 'Văn bản ghi "{mention}" nhưng không có phụ lục kèm theo. Đính kèm phụ lục hoặc bỏ câu dẫn chiếu.',
      en: 'The text says "{mention}" but no appendix is attached. Attach the appendix or remove the reference.',
    },
  },
  examples: {
    valid: [{ code: 'II. NHIỆM VỤ\n1. Nhiệm vụ trọng tâm (có phụ lục kèm theo)\nIII. TỔ CHỨC THỰC HIỆN\nPhụ lục\nNHIỆM VỤ TRỌNG TÂM NĂM 2026\nTT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tQuý II/2026' }],
    invalid: [{ code: 'II. NHIỆM VỤ\n8. Một số nhiệm vụ trọng tâm năm 2026 (có phụ lục kèm theo)\nIII. TỔ CHỨC THỰC HIỆN', note: 'no appendix' }],
  },
  *check({ doc, text }) {
    if (doc.appendices.length > 0) return;
    MENTION.lastIndex = 0;
    const m = MENTION.exec(text);
    if (!m) return;
    const after = text.slice(m.index + m[0].length);
    // The parser may have missed an appendix heading; a "Phụ lục" line after the mention counts.
    if (APPENDIX_LINE.test(after)) return;
    // Report once: one missing appendix is one problem, however often it is mentioned.
    yield { messageId: 'missing', span: { start: m.index, end: m.index + m[0].length }, data: { mention: m[0].replace(/\s+/gu, ' ').trim() } };
  },
});
