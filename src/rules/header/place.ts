// header/place: the date line starts with the place name (địa danh) followed by a comma.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'header/place',
  meta: {
    defaultSeverity: 'error',
    description: {
      vi: 'Dòng ngày ban hành phải bắt đầu bằng địa danh, sau đó là dấu phẩy.',
      en: 'The date line must begin with the place name followed by a comma.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm d; Phụ lục I (DOMAIN §1.4)',
  },
  messages: {
    missing: {
      vi: 'Thiếu địa danh trước ngày ban hành "{raw}". Viết "<Địa danh>, {raw}".',
      en: 'The place name is missing before the date "{raw}". Write "<Place>, {raw}".',
    },
  },
  examples: {
    valid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nThừa Thiên\nHuế, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'the place wrapped over two lines' },
      { code: 'Sở Tư pháp Số: 88/KH-STP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Huế, ngày 14 tháng 02 năm 2023\nKẾ HOẠCH\nCải cách hành chính năm 2023', note: 'the header flattened into one line' },
    ],
    invalid: [{ code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'date without place' }],
  },
  *check({ doc }) {
    const d = doc.header.issueDate;
    // No date line at all is header/date's finding (reported once).
    if (!d || doc.header.place) return;
    yield { messageId: 'missing', span: d.span, data: { raw: d.raw.trim() } };
  },
});
