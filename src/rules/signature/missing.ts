// signature/missing: the plan ends with the signer's office and name.
import { defineRule } from '../../engine/define-rule.js';
import { endAnchor } from '../_util.js';

export default defineRule({
  id: 'signature/missing',
  meta: {
    defaultSeverity: 'error',
    description: {
      vi: 'Kế hoạch phải có chức vụ, họ tên người ký.',
      en: 'The plan must carry the signer\'s office and name.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm g; Điều 13 (DOMAIN §1.3, §1.5)',
  },
  messages: {
    missing: {
      vi: 'Thiếu phần chữ ký (quyền hạn, chức vụ, họ tên người ký). Thêm khối chữ ký ở cuối văn bản, ví dụ "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / <Họ tên>".',
      en: 'The signature block (authority, office, signer name) is missing. Add it at the end, e.g. "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / <Name>".',
    },
    noName: {
      vi: 'Khối chữ ký "{title}" thiếu họ tên người ký.',
      en: 'The signature block "{title}" lacks the signer\'s name.',
    },
  },
  examples: {
    valid: [{ code: 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.\nGIÁM ĐỐC\nNguyễn Văn A' }],
    invalid: [{ code: 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.', note: 'no signature block' }],
  },
  *check({ doc, text }) {
    const sig = doc.signature;
    if (!sig) {
      yield { messageId: 'missing', span: endAnchor(doc, text) };
      return;
    }
    if (!sig.signer && sig.titleLines.length > 0)
      yield { messageId: 'noName', span: sig.span, data: { title: sig.titleLines.map((t) => t.text.trim()).join(' / ') }, severity: 'warning' };
  },
});
