// recipients/missing: the plan lists its recipients ("Nơi nhận:") and ends the list with "- Lưu: VT, …".
import { defineRule } from '../../engine/define-rule.js';
import { ARCHIVE_LINE } from '../../data/nd30.js';
import { endAnchor } from '../_util.js';

export default defineRule({
  id: 'recipients/missing',
  meta: {
    defaultSeverity: 'error',
    messageSeverity: { noArchive: 'warning' },
    description: {
      vi: 'Kế hoạch phải có phần "Nơi nhận", kết thúc bằng dòng "- Lưu: VT, …".',
      en: 'The plan must have a "Nơi nhận" (recipients) block ending with "- Lưu: VT, …".',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm i; Phụ lục I (DOMAIN §1.3, §1.6)',
  },
  messages: {
    missing: {
      vi: 'Thiếu phần "Nơi nhận:". Thêm danh sách nơi nhận ở cuối văn bản, dòng cuối "- Lưu: VT, <đơn vị soạn thảo>."',
      en: 'The "Nơi nhận:" block is missing. Add the recipients at the end, the last line "- Lưu: VT, <drafting unit>."',
    },
    noArchive: {
      vi: 'Phần "Nơi nhận" thiếu dòng lưu "- Lưu: VT, <đơn vị soạn thảo>." ở cuối.',
      en: 'The recipients block lacks the filing line "- Lưu: VT, <drafting unit>." at its end.',
    },
  },
  examples: {
    valid: [{ code: 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.\nGIÁM ĐỐC\nNguyễn Văn A' }],
    invalid: [
      { code: 'GIÁM ĐỐC\nNguyễn Văn A', note: 'no recipients' },
      { code: 'Nơi nhận:\n- Sở Nội vụ;\n- Lãnh đạo Sở.\nGIÁM ĐỐC\nNguyễn Văn A', note: 'no "Lưu: VT" line' },
    ],
  },
  *check({ doc, text }) {
    if (doc.truncated) return; // a cut-off text: structure/truncated reports it once
    const r = doc.recipients;
    if (!r) {
      yield { messageId: 'missing', span: endAnchor(doc, text) };
      return;
    }
    const archived = r.archive !== null || r.items.some((i) => ARCHIVE_LINE.pattern.test(i.text.trim()));
    // The Lưu line is 'likely' practice (DOMAIN §1.6), so a warning, not an error.
    if (!archived) yield { messageId: 'noArchive', span: r.heading };
  },
});
