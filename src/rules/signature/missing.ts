// signature/missing: the plan ends with the signer's office and name.
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { signatureBlockFor, suggestedBlock } from '../../data/signature-blocks.js';
import { endAnchor } from '../_util.js';

export default defineRule({
  id: 'signature/missing',
  meta: {
    defaultSeverity: 'error',
    messageSeverity: { noName: 'warning' },
    description: {
      vi: 'Kế hoạch phải có chức vụ, họ tên người ký.',
      en: 'The plan must carry the signer\'s office and name.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm g; Điều 13; Phụ lục I Phần II mục 7 (DOMAIN §1.3, §1.5)',
  },
  messages: {
    missing: {
      vi: 'Thiếu phần chữ ký (quyền hạn, chức vụ, họ tên người ký). Thêm khối chữ ký ở cuối văn bản, ví dụ "{block}".',
      en: 'The signature block (authority, office, signer name) is missing. Add it at the end, e.g. "{block}".',
    },
    noName: {
      vi: 'Khối chữ ký "{title}" thiếu họ tên người ký.',
      en: 'The signature block "{title}" lacks the signer\'s name.',
    },
  },
  examples: {
    valid: [{ code: 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.\nGIÁM ĐỐC\nNguyễn Văn A' }],
    invalid: [
      { code: 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.', note: 'no signature block' },
      { code: 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\nI. MỤC ĐÍCH\nCác sở thực hiện./.\nNơi nhận:\n- Các sở;\n- Lưu: VT.', note: 'a UBND: the suggested block is TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' },
    ],
  },
  *check({ doc, text }): Generator<RuleReport<'missing' | 'noName'>> {
    if (doc.truncated) return; // a cut-off text: structure/truncated reports it once
    const sig = doc.signature;
    if (!sig) {
      // The example block fits the issuing body (a UBND signs TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
      const block = suggestedBlock(signatureBlockFor(doc.header.issuingBody?.text), '<Họ tên>');
      yield { messageId: 'missing', span: endAnchor(doc, text), data: { block } };
      return;
    }
    if (!sig.signer && sig.titleLines.length > 0)
      yield { messageId: 'noName', span: sig.span, data: { title: sig.titleLines.map((t) => t.text.trim()).join(' / ') } };
  },
});
