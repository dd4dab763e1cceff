// load/pdf-signature-appended: content added after the last digital signature.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/pdf-signature-appended',
  meta: {
    defaultSeverity: 'warning',
    fileLevel: true,
    description: {
      vi: 'Tệp PDF có nội dung được thêm sau chữ ký số cuối cùng (cập nhật gia tăng): bản hiện hành không được ký.',
      en: 'The PDF has content added after its last digital signature (an incremental update): the current revision is not signed.',
    },
    source: 'ISO 32000-1 §12.8.1: a signature covers the bytes of its /ByteRange; bytes after it are a later, unsigned revision',
  },
  messages: {
    'pdf-signature-appended': {
      vi: 'Tệp PDF đã được thêm nội dung sau chữ ký số cuối cùng ({count} byte, một bản cập nhật gia tăng): bản hiện hành của tệp không được ký. Hãy đối chiếu với bản gốc đã ký.',
      en: 'Content was added to the PDF after its last digital signature ({count} bytes, an incremental update): the current revision of the file is not signed. Compare it with the signed original.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no such note from the loader' }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a signed PDF with 1,804 bytes appended after signing', loadNotes: [{ code: 'pdf-signature-appended', count: 1804 }] }],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'pdf-signature-appended')) yield { messageId: 'pdf-signature-appended', span: null, data: { count: n.count ?? 0 } };
  },
});
