// header/title: the type name "KẾ HOẠCH" and the subject (trích yếu) are present.
import { defineRule } from '../../engine/define-rule.js';
import { firstContentLine } from '../_util.js';

export default defineRule({
  id: 'header/title',
  meta: {
    defaultSeverity: 'error',
    messageSeverity: { typeCase: 'info' },
    description: {
      vi: 'Văn bản phải có tên loại "KẾ HOẠCH" (in hoa) và trích yếu nội dung.',
      en: 'The document must carry the type name "KẾ HOẠCH" (capitals) and a subject line.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm đ; Phụ lục I (DOMAIN §1.3, §1.4)',
  },
  messages: {
    missingType: {
      vi: 'Thiếu tên loại văn bản. Thêm dòng "KẾ HOẠCH" (in hoa) phía trên trích yếu.',
      en: 'The document type name is missing. Add the line "KẾ HOẠCH" (capitals) above the subject.',
    },
    missingSubject: {
      vi: 'Thiếu trích yếu nội dung dưới tên loại "{type}". Ghi tóm tắt nội dung kế hoạch.',
      en: 'The subject line under "{type}" is missing. Add a one-line summary of the plan.',
    },
    typeCase: {
      vi: 'Tên loại văn bản "{type}" phải viết in hoa: "KẾ HOẠCH".',
      en: 'The type name "{type}" must be in capitals: "KẾ HOẠCH".',
    },
  },
  examples: {
    valid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\n**KẾ HOẠCH**\nCẢI CÁCH HÀNH CHÍNH CỦA SỞ NỘI VỤ\nNĂM 2025', note: 'Markdown emphasis, the subject wrapped' },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương;\nI. MỤC ĐÍCH, YÊU CẦU', note: 'no type name, no subject' },
      {
        code: 'SỞ NỘI VỤ\nSố: 15/QĐ-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025.\nKẾ HOẠCH\nCải cách hành chính năm 2025\n(Ban hành kèm theo Quyết định số 15/QĐ-SNV ngày 05/3/2025)',
        note: 'a cover decision without its subject',
      },
    ],
  },
  *check({ doc, text }) {
    const { documentType, subject } = doc.header;
    if (!documentType) {
      yield { messageId: 'missingType', span: subject?.span ?? firstContentLine(text) };
      return;
    }
    const type = documentType.text.replace(/\*/gu, '').trim();
    if (!subject) yield { messageId: 'missingSubject', span: documentType.span, data: { type } };
    if (type !== type.toUpperCase()) yield { messageId: 'typeCase', span: documentType.span, data: { type } };
    // A plan issued by a decision: the decision carries its own type name and subject.
    const decision = doc.coverDecision?.header;
    if (decision?.documentType && !decision.subject)
      yield { messageId: 'missingSubject', span: decision.documentType.span, data: { type: decision.documentType.text } };
  },
});
