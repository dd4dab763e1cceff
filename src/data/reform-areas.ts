// The reform areas of a CCHC plan: direction and management plus the six areas of NQ 76/NQ-CP.
import type { Confidence } from './doc-types.js';
import { LETTER_OR_DIGIT } from '../text/pattern.js';

export interface ReformArea {
  /** Stable id ("the-che"). */
  id: string;
  /** Vietnamese name. */
  vi: string;
  /**
   * Phrases that identify the area in a section title or a table area row, lower case, with
   * abbreviations expanded ("TTHC" → "thủ tục hành chính"). The earliest phrase in the title wins.
   */
  phrases: readonly string[];
  source: string;
  confidence: Confidence;
  /** Titles the real areaOfTitle() must map to this area (executed by test/data). */
  examples: readonly string[];
}

export const REFORM_AREAS: readonly ReformArea[] = [
  {
    id: 'chi-dao-dieu-hanh',
    vi: 'Công tác chỉ đạo, điều hành',
    phrases: ['chỉ đạo, điều hành', 'chỉ đạo điều hành', 'công tác chỉ đạo', 'lãnh đạo, chỉ đạo'],
    // Not one of the six NQ 76 areas: observed practice, matching the PAR INDEX fields ([DOMAIN §5.1], likely).
    source: '[DOMAIN §5.1] observed practice; PAR INDEX field 1 [CM-1880]',
    confidence: 'likely',
    examples: ['1. Công tác chỉ đạo, điều hành', 'VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '1. Công tác chỉ đạo điều hành'],
  },
  {
    id: 'the-che',
    vi: 'Cải cách thể chế',
    phrases: ['cải cách thể chế', 'thể chế'],
    source: 'NQ 76/NQ-CP (15/7/2021) [VGP-76], [NAPA-76], [LVN-76EN]',
    confidence: 'certain',
    examples: ['2.1. Cải cách thể chế', 'I. CẢI CÁCH THỂ CHẾ'],
  },
  {
    id: 'thu-tuc-hanh-chinh',
    vi: 'Cải cách thủ tục hành chính',
    phrases: ['cải cách thủ tục hành chính', 'thủ tục hành chính'],
    source: 'NQ 76/NQ-CP [VGP-76], [NAPA-76], [LVN-76EN]',
    confidence: 'certain',
    examples: ['2.2. Cải cách thủ tục hành chính (TTHC)', 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '3. Cải cách TTHC'],
  },
  {
    id: 'to-chuc-bo-may',
    vi: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    phrases: ['cải cách tổ chức bộ máy', 'tổ chức bộ máy', 'bộ máy hành chính'],
    source: 'NQ 76/NQ-CP [VGP-76], [NAPA-76], [LVN-76EN]',
    confidence: 'certain',
    examples: ['4. Cải cách tổ chức bộ máy', 'III. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC'],
  },
  {
    id: 'cong-vu',
    vi: 'Cải cách chế độ công vụ',
    phrases: ['cải cách chế độ công vụ', 'chế độ công vụ'],
    source: 'NQ 76/NQ-CP [VGP-76], [NAPA-76], [LVN-76EN]',
    confidence: 'certain',
    examples: ['2.4. Cải cách chế độ công vụ', 'IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
  },
  {
    id: 'tai-chinh-cong',
    vi: 'Cải cách tài chính công',
    phrases: ['cải cách tài chính công', 'tài chính công'],
    source: 'NQ 76/NQ-CP [VGP-76], [NAPA-76], [LVN-76EN]',
    confidence: 'certain',
    examples: ['6. Cải cách tài chính công', 'V. CẢI CÁCH TÀI CHÍNH CÔNG'],
  },
  {
    id: 'chinh-phu-so',
    vi: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số (chính quyền điện tử, chính quyền số)',
    phrases: ['chính quyền điện tử', 'chính quyền số', 'chính phủ điện tử', 'chính phủ số', 'chuyển đổi số'],
    source: 'NQ 76/NQ-CP [VGP-76], [NAPA-76], [LVN-76EN]',
    confidence: 'certain',
    examples: [
      '2.6. Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      '7. Xây dựng Chính quyền điện tử, Chính quyền số',
      'VI. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ',
    ],
  },
];

const EXPAND: readonly [RegExp, string][] = [
  [/\btthc\b/gu, 'thủ tục hành chính'],
  [/\bcchc\b/gu, 'cải cách hành chính'],
  [/\bcqđt\b/gu, 'chính quyền điện tử'],
];

/** Lower-cased title with numbering dropped and area abbreviations expanded. */
function foldTitle(title: string): string {
  let s = title.normalize('NFC').replace(/\u00d0/gu, 'Đ').toLowerCase().replace(/\s+/gu, ' ');
  for (const [re, out] of EXPAND) s = s.replace(re, out);
  return s;
}

/**
 * The reform area a section title or table area row names ("2.2. Cải cách thủ tục hành chính (TTHC)"
 * → "thu-tuc-hanh-chinh"), or null when it names none. When several match, the phrase that starts
 * earliest in the title wins.
 */
export function areaOfTitle(title: string): string | null {
  const s = foldTitle(title);
  let best: { id: string; at: number; len: number } | null = null;
  for (const area of REFORM_AREAS) {
    for (const p of area.phrases) {
      const at = s.indexOf(p);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && p.length > best.len)) best = { id: area.id, at, len: p.length };
    }
  }
  return best?.id ?? null;
}

/** Numbering and bullets before a heading ("2.", "III.", "a)", "-", "+"). */
const LEAD_MARK = /^\s*(?:(?:[ivxl]+|\d+(?:\.\d+)*)[.)]|[a-zđ]\)|[-+•*])?\s*/u;
/** Words that may stand before the area's name in a heading ("Công tác cải cách thể chế", "Về cải cách …"). */
const LEAD_WORDS = /^(?:(?:về|lĩnh vực|công tác|đẩy mạnh|tiếp tục|xây dựng(?: và phát triển)?|phát triển)\s+)*/u;

/**
 * The reform area a heading-like line starts with ("Cải cách thể chế", "2. Cải cách TTHC: rà soát …",
 * "Xây dựng và phát triển chính quyền số"), or null when the line does not open with an area's name.
 * Stricter than areaOfTitle(): a sentence that only mentions an area somewhere ("Rà soát thủ tục hành chính")
 * is not an area heading.
 */
export function areaAtStart(line: string): string | null {
  const s0 = foldTitle(line).replace(LEAD_MARK, '');
  for (const s of [s0, s0.replace(LEAD_WORDS, '')]) {
    let best: { id: string; len: number } | null = null;
    for (const area of REFORM_AREAS) {
      for (const p of area.phrases) {
        if (!s.startsWith(p) || LETTER_OR_DIGIT.test(s[p.length] ?? '')) continue;
        if (!best || p.length > best.len) best = { id: area.id, len: p.length };
      }
    }
    if (best) return best.id;
  }
  return null;
}
