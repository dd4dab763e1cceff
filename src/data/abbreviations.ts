// Abbreviations that official documents may use without defining them, each with its source.
import type { Confidence } from './doc-types.js';

export interface KnownAbbreviation {
  abbr: string;
  expansion: string;
  /** Where it may stand undefined: in body text, only inside document numbers/codes, or in the "Lưu:" line. */
  scope: 'text' | 'code' | 'archive';
  source: string;
  confidence: Confidence;
  /** Sentences in which findAbbreviations must report a use of `abbr` (executed by test/data). */
  examples: readonly string[];
}

export const NO_DEFINITION_NEEDED: readonly KnownAbbreviation[] = [
  {
    abbr: 'UBND', expansion: 'Ủy ban nhân dân', scope: 'text',
    source: '[DL-VT] (NĐ 30/2020 Phụ lục I: common phrases in body names may be abbreviated, e.g. UBND)',
    confidence: 'certain', examples: ['Kế hoạch của UBND tỉnh về cải cách hành chính.'],
  },
  {
    abbr: 'HĐND', expansion: 'Hội đồng nhân dân', scope: 'text',
    source: '[DL-VT] (NĐ 30/2020 Phụ lục I, as for UBND)', confidence: 'certain',
    examples: ['Nghị quyết của HĐND tỉnh.'],
  },
  {
    abbr: 'VT', expansion: 'Văn thư', scope: 'archive',
    source: 'NĐ 30/2020 Phụ lục I, nơi nhận "Lưu: VT, …" [GH-ND30F], [GH-VBHC]', confidence: 'likely',
    examples: ['- Lưu: VT, VP.'],
  },
  // Type codes of NĐ 30/2020 Phụ lục III stand undefined inside document numbers ([KN-PL3], certain).
  ...(['NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ'] as const).map(
    (abbr): KnownAbbreviation => ({
      abbr, expansion: `type code ${abbr}`, scope: 'code', source: 'NĐ 30/2020 Phụ lục III [KN-PL3], [TINLAW]',
      confidence: 'certain', examples: [],
    }),
  ),
  {
    abbr: 'TM', expansion: 'thay mặt', scope: 'text', source: 'NĐ 30/2020 Điều 13 [DL-VT], [TVPL-KY]',
    confidence: 'certain', examples: [],
  },
  {
    abbr: 'KT', expansion: 'ký thay', scope: 'text', source: 'NĐ 30/2020 Điều 13 [DL-VT], [TVPL-KY]',
    confidence: 'certain', examples: [],
  },
  {
    abbr: 'TL', expansion: 'thừa lệnh', scope: 'text', source: 'NĐ 30/2020 Điều 13 [DL-VT], [TVPL-KY]',
    confidence: 'certain', examples: [],
  },
  {
    abbr: 'TUQ', expansion: 'thừa ủy quyền', scope: 'text', source: 'NĐ 30/2020 Điều 13 [DL-VT], [TVPL-KY]',
    confidence: 'certain', examples: [],
  },
  // Enterprises whose registered name is the letters themselves (Luật Doanh nghiệp 2020 Điều 37: a company's name
  // is what it registered): a proper name, not an abbreviation of the text.
  ...([
    ['VNPT', 'Tập đoàn Bưu chính Viễn thông Việt Nam (tên giao dịch VNPT)'],
    ['FPT', 'Công ty cổ phần FPT'],
    ['EVN', 'Tập đoàn Điện lực Việt Nam (tên giao dịch EVN)'],
  ] as const).map(
    ([abbr, expansion]): KnownAbbreviation => ({
      abbr, expansion, scope: 'text', source: 'Luật Doanh nghiệp số 59/2020/QH14 Điều 37–38 [LDN-2020] (registered enterprise names)',
      confidence: 'likely', examples: [`Phối hợp với ${abbr} Nghệ An triển khai hạ tầng.`],
    }),
  ),
  {
    // Index names plans often leave undefined; no source says they need no definition, so only 'unsure'.
    abbr: 'PAR INDEX', expansion: 'Chỉ số cải cách hành chính', scope: 'text', source: '[VL-PAR]',
    confidence: 'unsure', examples: [],
  },
];

/** The entry for an abbreviation, or null. */
export function knownAbbreviation(abbr: string): KnownAbbreviation | null {
  return NO_DEFINITION_NEEDED.find((a) => a.abbr === abbr) ?? null;
}
