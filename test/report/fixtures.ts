// Hand-built ReportInput fixtures: several files, Vietnamese paths with spaces, every severity, a load error, hostile text.
import type { FileResult, Finding, ReportInput, RuleInfo } from '../../src/model/finding.js';

export const CWD = '/srv/ho so';

export const HOSTILE_SCRIPT = '<script>window.__pwned = 1</script>';
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned2=1">';
export const CSV_INJECTION = "=cmd|' /C calc'!A0";

export const RULES: RuleInfo[] = [
  {
    id: 'citation/superseded',
    defaultSeverity: 'error',
    description: { vi: 'Căn cứ văn bản đã hết hiệu lực', en: 'Legal basis has been superseded' },
    helpUri: 'https://example.org/rules/citation/superseded',
  },
  {
    id: 'deadline/vague',
    defaultSeverity: 'warning',
    description: { vi: 'Thời hạn không cụ thể', en: 'Deadline is vague' },
    helpUri: 'https://example.org/rules/deadline/vague',
  },
  {
    id: 'format/date-padding',
    defaultSeverity: 'info',
    description: { vi: 'Ngày, tháng dưới 10 phải có số 0 ở trước', en: 'Day and month below 10 need a leading zero' },
    helpUri: 'https://example.org/rules/format/date-padding',
  },
  {
    id: 'header/missing-number',
    defaultSeverity: 'error',
    description: { vi: 'Thiếu số, ký hiệu văn bản', en: 'Document number missing' },
    helpUri: 'https://example.org/rules/header/missing-number',
  },
];

export function finding(over: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity' | 'message'>): Finding {
  return {
    messageId: 'default',
    span: { start: 0, end: 1 },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    sectionPath: null,
    page: null,
    paragraph: null,
    excerpt: null,
    suggestion: null,
    ...over,
  };
}

function fileResult(over: Partial<FileResult> & Pick<FileResult, 'path' | 'findings'>): FileResult {
  const findings = over.findings;
  return {
    format: 'txt',
    encoding: 'utf-8',
    agency: null,
    pageCount: null,
    error: null,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    ...over,
  };
}

export const TXT = fileResult({
  path: `${CWD}/kế hoạch/Kế hoạch 09 năm 2025.txt`,
  agency: 'SỞ DÂN TỘC VÀ TÔN GIÁO',
  findings: [
    finding({
      ruleId: 'deadline/vague',
      severity: 'warning',
      message: 'Thời hạn "thường xuyên" không cụ thể; 100% đơn vị, hạn: quý III',
      line: 45,
      column: 12,
      endLine: 45,
      endColumn: 26,
      sectionPath: 'III.2',
      excerpt: 'thường xuyên, 100%: quý III',
      suggestion: 'Ghi rõ ngày, tháng hoàn thành.',
    }),
    finding({
      ruleId: 'citation/superseded',
      severity: 'error',
      message: 'Căn cứ Nghị định 110/2004/NĐ-CP đã được thay thế bởi Nghị định 30/2020/NĐ-CP.',
      line: 8,
      column: 1,
      endLine: 8,
      endColumn: 40,
      sectionPath: null,
      excerpt: `Căn cứ Nghị định số 110/2004/NĐ-CP ${HOSTILE_SCRIPT}`,
      suggestion: null,
    }),
    finding({
      ruleId: 'format/date-padding',
      severity: 'info',
      message: 'Ngày "5" nên viết "05".',
      line: 4,
      column: 30,
      endLine: 4,
      endColumn: 31,
      sectionPath: null,
      excerpt: CSV_INJECTION,
    }),
  ],
});

export const DOCX = fileResult({
  path: `${CWD}/Báo cáo, tổng hợp/KH 12: CCHC.docx`,
  format: 'docx',
  agency: 'UBND HUYỆN CAO LỘC',
  findings: [
    finding({
      ruleId: 'citation/superseded',
      severity: 'error',
      message: 'Căn cứ đã hết hiệu lực, mất 50% giá trị\ndòng thứ hai',
      line: 120,
      column: 5,
      endLine: 121,
      endColumn: 3,
      sectionPath: 'II.1.a',
      paragraph: 12,
      excerpt: `Dòng một\r\nDòng hai ${HOSTILE_IMG} | *đậm* & "trích" 'đơn'`,
    }),
    finding({
      ruleId: 'citation/superseded',
      severity: 'error',
      message: 'Căn cứ Quyết định 225/QĐ-TTg đã hết hiệu lực.',
      line: 130,
      column: 1,
      endLine: 130,
      endColumn: 20,
      sectionPath: 'II.1.a',
      paragraph: 14,
      excerpt: '+SUM(A1:A2)',
    }),
  ],
});

export const PDF = fileResult({
  path: `${CWD}/pdf/Kế hoạch số 3.pdf`,
  format: 'pdf',
  agency: 'SỞ DÂN TỘC VÀ TÔN GIÁO',
  pageCount: 7,
  findings: [
    finding({
      ruleId: 'deadline/vague',
      severity: 'warning',
      message: 'Thời hạn "năm 2025" quá rộng.',
      line: 210,
      column: 3,
      endLine: 210,
      endColumn: 12,
      sectionPath: 'III.2',
      page: 3,
      excerpt: '@năm 2025',
    }),
  ],
});

export const BROKEN = fileResult({
  path: `${CWD}/hỏng/tệp lỗi.pdf`,
  format: null,
  encoding: null,
  findings: [],
  error: { code: 'pdf-encrypted', message: 'Tệp PDF được mã hóa, không đọc được <nội dung>' },
});

export const CLEAN = fileResult({
  path: `${CWD}/sạch.txt`,
  agency: null,
  findings: [],
});

export function input(over: Partial<ReportInput> = {}): ReportInput {
  return {
    results: [TXT, DOCX, PDF, BROKEN, CLEAN],
    rules: RULES,
    lang: 'vi',
    color: false,
    toolVersion: '0.1.0',
    cwd: CWD,
    ...over,
  };
}

export const EMPTY: ReportInput = input({ results: [CLEAN] });
