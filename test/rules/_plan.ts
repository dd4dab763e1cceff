// Test helper: a small, complete plan around a body fragment and an optional appendix, for rule-table tests
// that run the whole pipeline (checkText).
export interface PlanParts {
  /** Subject line (trích yếu). */
  subject?: string;
  /** Issue date line. */
  date?: string;
  /** Body between the preamble and the recipients. */
  body: string;
  /** Appendix after the signature (a tab-separated task table). */
  appendix?: string;
}

export function planText(p: PlanParts): string {
  return [
    'UBND TỈNH LẠNG SƠN',
    'SỞ NỘI VỤ',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 15/KH-SNV',
    p.date ?? 'Lạng Sơn, ngày 06 tháng 01 năm 2026',
    '',
    'KẾ HOẠCH',
    p.subject ?? 'Cải cách hành chính năm 2026 của Sở Nội vụ',
    '',
    'Căn cứ Kế hoạch số 250/KH-UBND ngày 25/12/2025 của Ủy ban nhân dân tỉnh Lạng Sơn về cải cách hành chính năm 2026.',
    p.body.trim(),
    '',
    'Nơi nhận:',
    '- UBND tỉnh (b/c);',
    '- Lưu: VT, VP.',
    '',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    '',
    'Nguyễn Văn An',
    ...(p.appendix ? ['', 'PHỤ LỤC', 'NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026', '(Kèm theo Kế hoạch số 15/KH-SNV ngày 06/01/2026 của Sở Nội vụ)', p.appendix.trim()] : []),
    '',
  ].join('\n');
}
