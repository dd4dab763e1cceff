// header/motto: the Quốc hiệu and Tiêu ngữ lines are present and written as NĐ 30/2020 prescribes.
import { defineRule } from '../../engine/define-rule.js';
import { MOTTO, NATIONAL_NAME } from '../../data/nd30.js';
import { headerAnchor } from '../_util.js';

export default defineRule({
  id: 'header/motto',
  meta: {
    defaultSeverity: 'error',
    messageSeverity: { mottoForm: 'warning' },
    description: {
      vi: 'Văn bản phải có Quốc hiệu và Tiêu ngữ đúng thể thức.',
      en: 'The document must carry the national name and motto in the prescribed form.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm a; Phụ lục I (DOMAIN §1.3, §1.4)',
  },
  messages: {
    missing: {
      vi: 'Thiếu Quốc hiệu và Tiêu ngữ. Thêm hai dòng "{nationalName}" và "{motto}" ở đầu văn bản.',
      en: 'The national name and motto are missing. Add the lines "{nationalName}" and "{motto}" at the top.',
    },
    missingNationalName: {
      vi: 'Thiếu Quốc hiệu. Thêm dòng "{nationalName}" phía trên Tiêu ngữ.',
      en: 'The national name is missing. Add the line "{nationalName}" above the motto.',
    },
    missingMotto: {
      vi: 'Thiếu Tiêu ngữ. Thêm dòng "{motto}" dưới Quốc hiệu.',
      en: 'The motto is missing. Add the line "{motto}" below the national name.',
    },
    nationalNameForm: {
      vi: 'Quốc hiệu "{found}" không đúng; phải viết in hoa: "{nationalName}".',
      en: 'National name "{found}" is not in the prescribed form; write it in capitals: "{nationalName}".',
    },
    mottoForm: {
      vi: 'Tiêu ngữ "{found}" không đúng thể thức; viết "{motto}" (chữ thường, gạch nối có cách).',
      en: 'Motto "{found}" is not in the prescribed form; write "{motto}" (lower case, spaced hyphens).',
    },
  },
  examples: {
    valid: [
      { code: 'UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025' },
      {
        code: '|\n**ỦY BAN NHÂN DÂN**\nTỈNH LẠNG SƠN\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 09/KH-UBND\n|\n*Lạng Sơn, ngày 05 tháng 3 năm 2025*\n|\n**KẾ HOẠCH**\nCải cách hành chính năm 2025',
        note: 'web text: the header table flattened between "|" lines, the Quốc hiệu wrapped',
      },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no national name, no motto' },
      { code: 'SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'en dashes' },
      { code: 'SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'Quốc hiệu cut short (reported as malformed, not missing)' },
    ],
  },
  *check({ doc, text }) {
    const { nationalName, motto } = doc.header;
    const data = { nationalName: NATIONAL_NAME.text, motto: MOTTO.text };
    if (!nationalName && !motto) {
      yield { messageId: 'missing', span: headerAnchor(doc, text), data };
      return;
    }
    if (!nationalName) yield { messageId: 'missingNationalName', span: motto?.span ?? headerAnchor(doc, text), data };
    else if (!NATIONAL_NAME.pattern.test(nationalName.text.trim()))
      yield { messageId: 'nationalNameForm', span: nationalName.span, data: { ...data, found: nationalName.text.trim() } };
    if (!motto) yield { messageId: 'missingMotto', span: nationalName?.span ?? headerAnchor(doc, text), data };
    else if (!MOTTO.pattern.test(motto.text.trim()))
      yield { messageId: 'mottoForm', span: motto.span, data: { ...data, found: motto.text.trim() } };
  },
});
