// One line per digital signature, for the terminal reports and `kehoach parse --format tree`.
import type { DigitalSignature } from '../model/signature.js';

type Lang = 'vi' | 'en';

const COVERAGE: Record<DigitalSignature['coverage'], { vi: string; en: string }> = {
  'whole-file': { vi: 'phủ toàn bộ tệp', en: 'covers the whole file' },
  appended: { vi: 'có {n} byte thêm vào sau khi ký', en: '{n} bytes added after signing' },
  invalid: { vi: 'phạm vi ký không khớp với tệp', en: 'its byte range does not match the file' },
};

const INTEGRITY: Record<DigitalSignature['integrity'], { vi: string; en: string }> = {
  valid: { vi: 'nội dung đã ký còn nguyên', en: 'signed content intact' },
  invalid: { vi: 'nội dung đã bị sửa sau khi ký', en: 'content changed after signing' },
  unknown: { vi: 'chưa kiểm được tính toàn vẹn', en: 'integrity not checked' },
};

/** "2026-03-10T09:12:33+07:00" → "2026-03-10 09:12:33 +07:00". */
const time = (iso: string): string => iso.replace('T', ' ').replace(/Z$/u, ' UTC').replace(/([+-]\d{2}:\d{2})$/u, ' $1');

/** "Nguyễn Văn An (chứng thư: Nguyễn Văn An, cấp bởi CA) — ký lúc … — phủ toàn bộ tệp, nội dung đã ký còn nguyên". */
export function describeSignature(s: DigitalSignature, lang: Lang): string {
  const L = (vi: string, en: string): string => (lang === 'vi' ? vi : en);
  const who = s.name ?? s.certificateSubject ?? L('(không ghi tên)', '(no name)');
  const cert = s.certificateSubject
    ? ` (${L('chứng thư', 'certificate')}: ${s.certificateSubject}${s.certificateIssuer && s.certificateIssuer !== s.certificateSubject ? `, ${L('cấp bởi', 'issued by')} ${s.certificateIssuer}` : ''})`
    : '';
  const when = s.signingTime ? ` — ${L('ký lúc', 'signed')} ${time(s.signingTime)}` : '';
  const timestamp = s.subFilter === 'ETSI.RFC3161' ? ` [${L('dấu thời gian', 'time stamp')}]` : '';
  const coverage = COVERAGE[s.coverage][lang].replace('{n}', String(s.bytesAfter));
  return `${who}${cert}${timestamp}${when} — ${coverage}, ${INTEGRITY[s.integrity][lang]}`;
}
