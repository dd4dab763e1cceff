// load/text-garbled: the extracted text is not readable Vietnamese, so no other rule ran on it.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/text-garbled',
  meta: {
    defaultSeverity: 'warning',
    minSeverity: 'warning',
    fileLevel: true,
    description: {
      vi: 'Chữ trích từ tệp không phải tiếng Việt đọc được (phông không có bảng mã Unicode): nội dung không được kiểm tra.',
      en: 'The text extracted from the file is not readable Vietnamese (a font without a Unicode map): its content was not checked.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I: phông Times New Roman, bộ mã Unicode TCVN 6909:2001 (DOMAIN §1.4 [TMVN-30])',
  },
  messages: {
    'text-garbled': {
      vi: 'Chữ trích từ tệp không phải tiếng Việt đọc được ({sample} …): tệp vẽ chữ bằng phông không có bảng mã Unicode (thường là phông TCVN3/VNI khi xuất PDF). Nội dung không được kiểm tra, để khỏi báo lỗi sai. Hãy gửi bản Word, hoặc PDF xuất với phông Unicode (Times New Roman); với PDF, thử --ocr để giải mã chữ từ ảnh trang.',
      en: 'The text extracted from the file is not readable Vietnamese ({sample} …): the file draws its letters in a font without a Unicode map (usually a TCVN3/VNI font exported to PDF). Its content was not checked, to avoid false findings. Submit the Word file, or a PDF exported with a Unicode font (Times New Roman); for a PDF, try --ocr to decode its letters from the page images.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng phục vụ người dân và doanh nghiệp.' }],
    invalid: [
      {
        code: 'KӂҤ HOҤCH\nCҧi cách hành chính năm 2025\n2. YÍu FҫX\nĈӕL WѭӧQJ, QӝL dung NLӇP tra\nNâng cao FKҩW Oѭӧng SKөF Yө QJѭӡL GkQ Yj GRDQK QJKLӋS\nKRjQ WKjQK WUѭӟF QJj 30/6',
        note: 'a PDF whose font has no Unicode map (mojibake as extracted)',
      },
    ],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'text-garbled')) yield { messageId: 'text-garbled', span: null, data: { sample: n.sample ?? '' } };
  },
});
