// structure/truncated: a text that stops mid-sentence with no closing block (a cut-off web excerpt) is said once;
// the end-of-document checks (recipients, signature, required sections, reform areas) are skipped for it.
import { defineRule } from '../../engine/define-rule.js';
import { lastContentLine, lineSpanAt, walkSections } from '../_util.js';

export default defineRule({
  id: 'structure/truncated',
  meta: {
    defaultSeverity: 'info',
    description: {
      vi: 'Văn bản dừng giữa câu, không có phần kết thúc (Nơi nhận, chữ ký, "./."): văn bản bị cắt, các kiểm tra phần cuối văn bản được bỏ qua.',
      en: 'The text stops mid-sentence with no closing block (recipients, signature, "./."): it was cut off, and the end-of-document checks are skipped.',
    },
    source: 'A cut-off copy is not a plan without its closing block (NĐ 30/2020/NĐ-CP Điều 8 khoản 2 g, i judge complete documents only)',
  },
  messages: {
    truncated: {
      vi: 'Văn bản bị cắt ở cuối (dừng ở "{tail}"); các kiểm tra phần cuối văn bản (nơi nhận, chữ ký, các phần bắt buộc) đã bỏ qua. Kiểm tra lại bản đầy đủ.',
      en: 'The text is cut off at the end (it stops at "{tail}"); the end-of-document checks (recipients, signature, required parts) were skipped. Check the complete document.',
    },
  },
  examples: {
    valid: [
      { code: 'KẾ HOẠCH\nTriển khai năm 2026\nI. MỤC ĐÍCH\nCác phòng nghiêm túc thực hiện./.' },
      { code: 'KẾ HOẠCH\nTriển khai năm 2026\nI. MỤC ĐÍCH\nCác phòng thực hiện\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn A' },
    ],
    invalid: [{ code: 'KẾ HOẠCH\nTriển khai năm 2026\nI. MỤC ĐÍCH\n1. Các phòng chuyên môn triển khai thực hi', note: 'stops mid-word' }],
  },
  *check({ doc, text }) {
    if (!doc.truncated) return;
    // The last line of the body the parser read (a web page's trailing menus come after it).
    let end = 0;
    for (const s of walkSections(doc.sections)) end = Math.max(end, s.span.end);
    for (const p of doc.preamble) end = Math.max(end, p.span.end);
    let span = end > 0 ? lineSpanAt(text, end - 1) : lastContentLine(text);
    if (text.slice(span.start, span.end).trim() === '') span = lastContentLine(text);
    const line = text.slice(span.start, span.end).trim();
    const tail = line.length > 40 ? `…${line.slice(-40).trimStart()}` : line;
    yield { messageId: 'truncated', span, data: { tail } };
  },
});
