// The text of a comment or note: "[Lỗi] <message> — Gợi ý: <suggestion> (<rule id>)", in Vietnamese or English.
import type { Finding, Severity } from '../model/finding.js';

export type Lang = 'vi' | 'en';

const SEVERITY: Readonly<Record<Severity, Record<Lang, string>>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

const SUGGESTION: Record<Lang, string> = { vi: 'Gợi ý', en: 'Suggestion' };

export function commentText(f: Pick<Finding, 'severity' | 'message' | 'suggestion' | 'ruleId'>, lang: Lang): string {
  const suggestion = f.suggestion ? ` — ${SUGGESTION[lang]}: ${f.suggestion}` : '';
  return `[${SEVERITY[f.severity][lang]}] ${f.message}${suggestion} (${f.ruleId})`;
}

/** The note a signed PDF's annotated copy carries. */
export const SIGNED_NOTE: Record<Lang, string> = {
  vi: 'Bản sao có ghi chú của kehoach-lint: KHÔNG còn là bản gốc đã ký số (chữ ký số không còn hiệu lực trên bản này).',
  en: 'Copy annotated by kehoach-lint: NOT the digitally signed original any more (the signature does not hold for this copy).',
};
