// load/pdf-signature-broken: digital signature no longer matches.
import { defineRule } from '../../engine/define-rule.js';
import { notesOf } from './_notes.js';

export default defineRule({
  id: 'load/pdf-signature-broken',
  meta: {
    defaultSeverity: 'warning',
    fileLevel: true,
    description: {
      vi: 'Chữ ký số không còn khớp với nội dung tệp PDF: tệp đã bị sửa sau khi ký.',
      en: 'A digital signature no longer matches the PDF\'s content: the file was changed after signing.',
    },
    source: 'ISO 32000-1 §12.8.1: the signature\'s digest covers the bytes of its /ByteRange',
  },
  messages: {
    'pdf-signature-broken': {
      vi: 'Chữ ký số “{signer}” không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký. Hãy yêu cầu bản PDF đã ký gốc.',
      en: 'The digital signature “{signer}” no longer matches the file: it was changed after signing. Ask for the original signed PDF.',
    },
  },
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no such note from the loader' }],
    invalid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a signed PDF whose signed bytes were edited', loadNotes: [{ code: 'pdf-signature-broken', signer: 'Nguyễn Văn A' }] }],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'pdf-signature-broken')) yield { messageId: 'pdf-signature-broken', span: null, data: { signer: n.signer ?? '?' } };
  },
});
