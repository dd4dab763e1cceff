// header/agency: the issuing body (and, for a Sở, its superior body) is named in the header.
import { defineRule } from '../../engine/define-rule.js';
import { headerAnchor } from '../_util.js';

const SO = /^SỞ\s/u;
// A people's committee or council named without its unit ("ỦY BAN NHÂN DÂN" with no "TỈNH …", "XÃ …").
const BARE_BODY_RE = /^(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND)$/iu;

export default defineRule({
  id: 'header/agency',
  meta: {
    defaultSeverity: 'error',
    messageSeverity: { incomplete: 'warning', missingParent: 'warning' },
    description: {
      vi: 'Văn bản phải ghi tên cơ quan ban hành (và cơ quan chủ quản trực tiếp, nếu có).',
      en: 'The document must name the issuing body (and its direct superior body, if any).',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm b; Phụ lục I (DOMAIN §1.3, §1.4)',
  },
  messages: {
    missing: {
      vi: 'Thiếu tên cơ quan ban hành văn bản. Ghi tên cơ quan (chữ in hoa) ở góc trên bên trái, ví dụ "UBND TỈNH … / SỞ …".',
      en: 'The issuing body is missing. Write its name in capitals at the top left, e.g. "UBND TỈNH … / SỞ …".',
    },
    missingParent: {
      vi: 'Cơ quan ban hành "{body}" thiếu tên cơ quan chủ quản trực tiếp phía trên (ví dụ "UBND TỈNH …").',
      en: 'The issuing body "{body}" lacks its direct superior body above it (e.g. "UBND TỈNH …").',
    },
    incomplete: {
      vi: 'Tên cơ quan "{body}" chưa đủ: thiếu tên đơn vị hành chính phía sau (ví dụ "ỦY BAN NHÂN DÂN TỈNH …", "ỦY BAN NHÂN DÂN XÃ …").',
      en: 'The body name "{body}" is incomplete: the administrative unit is missing (e.g. "ỦY BAN NHÂN DÂN TỈNH …", "ỦY BAN NHÂN DÂN XÃ …").',
    },
  },
  examples: {
    valid: [
      { code: 'UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025' },
      { code: 'ỦY BAN NHÂN\nDÂN\nTỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-UBND\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'the name wrapped over three lines' },
    ],
    invalid: [
      { code: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no issuing body' },
      { code: 'ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-UBND\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a people\'s committee without its province' },
    ],
  },
  *check({ doc, text }) {
    const { issuingBody, parentBody } = doc.header;
    if (!issuingBody) {
      yield { messageId: 'missing', span: headerAnchor(doc, text) };
      return;
    }
    for (const body of [parentBody, issuingBody]) {
      if (body && BARE_BODY_RE.test(body.text.trim()))
        yield { messageId: 'incomplete', span: body.span, data: { body: body.text.trim() } };
    }
    // A Sở is a specialised body of the UBND tỉnh, so it always has a direct superior body (DOMAIN §1.4).
    if (!parentBody && SO.test(issuingBody.text.trim().toUpperCase()))
      yield { messageId: 'missingParent', span: issuingBody.span, data: { body: issuingBody.text.trim() } };
  },
});
