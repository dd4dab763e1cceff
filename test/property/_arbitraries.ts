// fast-check arbitraries for plan-like text: realistic fragments (markers, headers, citations, dates) mixed with noise.
import fc from 'fast-check';

/** Pieces a Vietnamese plan is made of, and the characters that trip parsers. */
export const FRAGMENTS = [
  'I.', 'II.', 'III.', 'IV.', 'V.', '1.', '2.', '10.', '2.1.', '2.1.3.', '1.1', 'a)', 'b)', 'đ)', 'a.', '- ', '+ ', '* ', '• ',
  '\t', '\t\t', ' ', '  ', '\n', '\n\n', '\r\n', '\r',
  'Số:', 'Số: 12/KH-UBND', 'Số: /KH-SNV', 'Nơi nhận:', '- Lưu: VT, CCHC.', 'Phụ lục', 'PHỤ LỤC I', 'Phụ lục số 02',
  '(Kèm theo Kế hoạch số 15/KH-UBND)', 'KẾ HOẠCH', 'Kế hoạch', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'UBND TỈNH QUẢNG NGÃI', 'SỞ NỘI VỤ', 'Căn cứ ', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
  'Nghị định số 61/2018/NĐ-CP', 'Nghị định 61', 'Quyết định số 1291/QĐ-TTg', 'Nghị quyết 57-NQ/TW', 'Thông tư số 01/2023/TT-BNV',
  'ngày ', 'ngày 12 tháng 3 năm 2026', '30/6/2026', '12-3-2026', 'tháng 6/2026', 'Quý II/2026', 'quý IV năm 2026', 'năm 2026',
  'giai đoạn 2021-2025', 'từ ngày 01/01/2026 đến ngày 31/12/2026', 'trước ngày', 'Thường xuyên', 'Hằng năm',
  'đạt 100%', '95%', '45,5%', 'tối thiểu 80% hồ sơ', 'số ', 'Số ', '%', '(', ')', '/', '"', '“', '”', ',', ';', '.', ':', '…',
  'I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ', 'III. TỔ CHỨC THỰC HIỆN', 'Thời gian', 'Chủ trì', 'Phối hợp', 'TT', 'Nhiệm vụ',
  'Ủy ban nhân dân (UBND)', 'UBND', 'CCHC', 'TTHC', 'Trên đây là Kế hoạch', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A',
  '¹', '²', 'Ð', '\u00a0', '\u200b', '\u00ad', 'e\u0301', 'o\u0302\u0301', '\u2028', '\u000c', '<p>', '</li>', '**',
  'Tin liên quan', 'x', 'a', '0', '9', '2026', '12/', '2025/', 'NĐ-', 'tháng ', 'năm ', 'Luật ',
];

/** One fragment, or now and then a short run of arbitrary characters. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A line: a few pieces joined (pieces may themselves hold tabs or line breaks). */
export const line: fc.Arbitrary<string> = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));

/** A document: lines joined by "\n" ("line soup"). */
export const soup: fc.Arbitrary<string> = fc.array(line, { maxLength: 60 }).map((ls) => ls.join('\n'));

/** Plain text built from fragments (for the extractors). */
export const fragmentText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 80 }).map((ps) => ps.join(''));

/** Characters that make regexes backtrack: digits, slashes, "ngày", "số", "%", type words, parentheses, tabs. */
export const ADVERSARIAL = ['1', '2', '0', '12', '/', '-', '.', ',', ' ', '\t', 'ngày ', 'số ', 'Số ', '%', '(', ')', 'Nghị định ', 'NĐ-CP', 'tháng ', 'năm ', 'Luật ', 'đến ', 'từ ', 'trước ', 'Quý ', 'II', 'KH-', 'UBND', 'A'];

/** A line of `size` characters drawn from ADVERSARIAL with a seeded generator (deterministic). */
export function adversarialLine(seed: number, size: number, alphabet: readonly string[] = ADVERSARIAL): string {
  const parts: string[] = [];
  let length = 0;
  let x = seed >>> 0 || 1;
  while (length < size) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const p = alphabet[(x >>> 8) % alphabet.length] ?? ' ';
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, size);
}

/** Every {start, end} pair found anywhere in a value (spans of a model or of facts). */
export function collectSpans(value: unknown, out: { path: string; start: number; end: number }[] = [], path = ''): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, out, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number') out.push({ path, start: o['start'], end: o['end'] });
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') collectSpans(v, out, `${path}.${k}`);
  }
  return out;
}
