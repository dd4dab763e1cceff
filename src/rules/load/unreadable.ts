// load/unreadable: the file could not be read at all (corrupt, encrypted, scanned, not a regular file …).
import { defineRule, type LoadErrorCode, type Localized } from '../../engine/define-rule.js';
import { LOAD_ERROR_MESSAGES } from '../../engine/load-errors.js';
import { notesOf } from './_notes.js';

const PREFIX: Localized = { vi: 'Không đọc được tệp', en: 'Could not read the file' };

/** One message per cause (the load error code is the message id): the reader's text as before, after "Could not read the file:". */
const MESSAGES = Object.fromEntries(
  Object.entries(LOAD_ERROR_MESSAGES).map(([code, m]) => [code, { vi: `${PREFIX.vi}: ${m.vi}`, en: `${PREFIX.en}: ${m.en}` }]),
) as Record<LoadErrorCode, Localized>;

export default defineRule({
  id: 'load/unreadable',
  meta: {
    defaultSeverity: 'error',
    // An unreadable submission must never pass as clean: a config cannot lower it or switch it off.
    minSeverity: 'error',
    fileLevel: true,
    description: {
      vi: 'Không đọc được tệp (hỏng, đặt mật khẩu, bản quét không có lớp chữ, không phải tệp thường …): tệp không được kiểm tra. Luôn là lỗi, cấu hình không tắt được.',
      en: 'The file could not be read (corrupt, password-protected, a scan without a text layer, not a regular file …): it was not checked. Always an error; a config cannot switch it off.',
    },
    source: 'Rationale: a file that cannot be read has not been checked, so the run must not pass (issue 17: ESLint reports a file it cannot parse as a lint error)',
  },
  messages: MESSAGES,
  examples: {
    valid: [{ code: 'KẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a file that could be read' }],
    invalid: [
      { code: '', note: 'a PDF password-protected', loadNotes: [{ code: 'unreadable', error: 'encrypted-pdf' }] },
      { code: '', note: 'a Word file cut short', loadNotes: [{ code: 'unreadable', error: 'corrupt-docx', detail: 'chi tiết kỹ thuật: end of central directory not found' }] },
    ],
  },
  *check({ notes }) {
    for (const n of notesOf(notes, 'unreadable')) {
      if (n.error) yield { messageId: n.error, span: null, data: { detail: n.detail ?? '' } };
    }
  },
});
