// Issuing bodies: the codes in document numbers and the phrases of an issuer clause ("của Chính phủ").
import type { Confidence } from './doc-types.js';

export interface Issuer {
  /** Stable id ("chinh-phu"). */
  id: string;
  /** Name as written in an issuer clause. */
  name: string;
  /** Codes in document numbers ("CP"); a trailing "+" means a term number follows ("QH" → QH15). */
  codes: readonly string[];
  /** Phrases after "của" that name this body, matched case-insensitively; longest wins. */
  phrases: readonly string[];
  /** Party bodies number their documents n-TYPE/BODY ([TVPL-36]). */
  party: boolean;
  /** A local body: its phrase is usually followed by a place ("UBND tỉnh Lạng Sơn"). */
  local: boolean;
  source: string;
  confidence: Confidence;
  /** Citations whose issuer the real extractor must resolve to this id (executed by test/data). */
  examples: readonly string[];
}

export const ISSUERS: readonly Issuer[] = [
  {
    id: 'quoc-hoi', name: 'Quốc hội', codes: ['QH+'], phrases: ['Quốc hội'], party: false, local: false,
    source: '[GH-LA] (64/2025/QH15)', confidence: 'certain', examples: ['Luật số 64/2025/QH15 của Quốc hội'],
  },
  {
    id: 'ubtvqh', name: 'Ủy ban Thường vụ Quốc hội', codes: ['UBTVQH+'],
    phrases: ['Ủy ban Thường vụ Quốc hội', 'Uỷ ban Thường vụ Quốc hội'], party: false, local: false,
    source: '[TVND-34NQ] (1656/NQ-UBTVQH15)', confidence: 'certain',
    examples: ['Nghị quyết số 1656/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội'],
  },
  {
    id: 'chinh-phu', name: 'Chính phủ', codes: ['CP'], phrases: ['Chính phủ'], party: false, local: false,
    source: '[LAWNET-30], [VGP-76]', confidence: 'certain',
    examples: ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư'],
  },
  {
    id: 'thu-tuong', name: 'Thủ tướng Chính phủ', codes: ['TTg'], phrases: ['Thủ tướng Chính phủ'], party: false,
    local: false, source: '[HT-468], [BDT-942], [TTVN-CD]', confidence: 'certain',
    examples: ['Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ'],
  },
  {
    id: 'vpcp', name: 'Văn phòng Chính phủ', codes: ['VPCP'],
    phrases: ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', 'Văn phòng Chính phủ'], party: false, local: false,
    source: '[BP-TT02], [TH-128]', confidence: 'certain',
    examples: ['Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'],
  },
  {
    id: 'bo-noi-vu', name: 'Bộ Nội vụ', codes: ['BNV'], phrases: ['Bộ Nội vụ', 'Bộ trưởng Bộ Nội vụ'], party: false,
    local: false, source: '[BN-876], [TT01-2011]', confidence: 'certain', examples: ['Quyết định số 876/QĐ-BNV của Bộ Nội vụ'],
  },
  {
    id: 'bo-tai-chinh', name: 'Bộ Tài chính', codes: ['BTC'], phrases: ['Bộ Tài chính', 'Bộ trưởng Bộ Tài chính'],
    party: false, local: false, source: '[TNMT-BTC]', confidence: 'likely',
    examples: ['Thông tư số 26/2019/TT-BTC ngày 10/5/2019 của Bộ Tài chính'],
  },
  {
    id: 'bo-tu-phap', name: 'Bộ Tư pháp', codes: ['BTP'], phrases: ['Bộ Tư pháp'], party: false, local: false,
    source: '[VBPL-254]', confidence: 'certain', examples: ['Công văn số 254/BTP-KSTT của Bộ Tư pháp'],
  },
  {
    id: 'bo-dan-toc-ton-giao', name: 'Bộ Dân tộc và Tôn giáo', codes: ['BDTTG'], phrases: ['Bộ Dân tộc và Tôn giáo'],
    party: false, local: false, source: '[HTPL-BDTTG], [LVN-BDTTG]', confidence: 'certain',
    examples: ['Thông tư số 02/2025/TT-BDTTG của Bộ Dân tộc và Tôn giáo'],
  },
  {
    id: 'bo-gddt', name: 'Bộ Giáo dục và Đào tạo', codes: ['BGDĐT'], phrases: ['Bộ Giáo dục và Đào tạo'], party: false,
    local: false, source: '[TVPL-DT]', confidence: 'certain', examples: ['Quyết định số 1989/QĐ-BGDĐT của Bộ Giáo dục và Đào tạo'],
  },
  {
    id: 'bo-tttt', name: 'Bộ Thông tin và Truyền thông', codes: ['BTTTT'], phrases: ['Bộ Thông tin và Truyền thông'],
    party: false, local: false, source: '[GH-106]', confidence: 'likely', examples: ['Văn bản số 1552/BTTTT-THH'],
  },
  {
    id: 'hdnd', name: 'Hội đồng nhân dân', codes: ['HĐND'], phrases: ['Hội đồng nhân dân', 'HĐND'], party: false,
    local: true, source: '[GH-TTHC]', confidence: 'likely', examples: ['Nghị quyết số 21/2024/NQ-HĐND của HĐND tỉnh'],
  },
  {
    id: 'chu-tich-ubnd', name: 'Chủ tịch Ủy ban nhân dân', codes: [],
    phrases: ['Chủ tịch Ủy ban nhân dân', 'Chủ tịch Uỷ ban nhân dân', 'Chủ tịch UBND'], party: false, local: true,
    source: 'Luật 64/2025 as amended by Luật 87/2025 (Chủ tịch UBND cấp tỉnh issues QĐ) [TVPL-87]', confidence: 'certain',
    examples: ['Quyết định số 1495/QĐ-UBND ngày 28/7/2021 của Chủ tịch UBND tỉnh Lạng Sơn'],
  },
  {
    id: 'ubnd', name: 'Ủy ban nhân dân', codes: ['UBND'], phrases: ['Ủy ban nhân dân', 'Uỷ ban nhân dân', 'UBND'],
    party: false, local: true, source: '[HT-468], [TH-128]', confidence: 'certain',
    examples: ['Kế hoạch số 184/KH-UBND ngày 07/7/2025 của Ủy ban nhân dân tỉnh Lạng Sơn'],
  },
  {
    id: 'so-noi-vu', name: 'Sở Nội vụ', codes: ['SNV'], phrases: ['Sở Nội vụ'], party: false, local: true,
    source: '[TH-128], [TVPL-636]', confidence: 'certain', examples: ['Công văn số 4836/SNV-TCBC của Sở Nội vụ'],
  },
  {
    // The code of a Sở Dân tộc và Tôn giáo is set locally (SDTTG, SDT&TG …): no code here ([DOMAIN §2.3], unsure).
    id: 'so-dan-toc-ton-giao', name: 'Sở Dân tộc và Tôn giáo', codes: [], phrases: ['Sở Dân tộc và Tôn giáo'],
    party: false, local: true, source: '[BLC-SDTTG]', confidence: 'likely',
    examples: ['Kế hoạch số 09/KH-SDTTG ngày 19/3/2025 của Sở Dân tộc và Tôn giáo'],
  },
  {
    id: 'ban-dan-toc', name: 'Ban Dân tộc', codes: [], phrases: ['Ban Dân tộc'], party: false, local: true,
    source: '[BLC-SDTTG] (replaced by Sở Dân tộc và Tôn giáo in 2025)', confidence: 'likely',
    examples: ['Đề án số 321/ĐA-BDT ngày 17/10/2017 của Ban Dân tộc tỉnh'],
  },
  {
    id: 'bch-tw', name: 'Ban Chấp hành Trung ương', codes: ['TW'],
    phrases: ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương'], party: true, local: false,
    source: '[BTH-60]', confidence: 'certain', examples: ['Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương'],
  },
  {
    id: 'bo-chinh-tri', name: 'Bộ Chính trị', codes: ['TW'], phrases: ['Bộ Chính trị'], party: true, local: false,
    source: '[BTH-60] (Party documents of the Politburo carry the code TW)', confidence: 'likely',
    examples: ['Kết luận số 40-KL/TW ngày 18/7/2022 của Bộ Chính trị'],
  },
  {
    id: 'vptw', name: 'Văn phòng Trung ương Đảng', codes: ['VPTW'], phrases: ['Văn phòng Trung ương Đảng'], party: true,
    local: false, source: '[TVPL-36]', confidence: 'certain', examples: ['Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng'],
  },
  {
    id: 'tinh-uy', name: 'Tỉnh ủy', codes: ['TU'],
    phrases: ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh uỷ', 'Ban Chấp hành Đảng bộ tỉnh', 'Tỉnh ủy', 'Tỉnh uỷ'],
    party: true, local: true, source: '[BQXN-36] (TU suffix = Tỉnh ủy)', confidence: 'likely',
    examples: ['Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy'],
  },
];

/** Issuer code misspellings seen in real plans, flagged malformed. */
export interface IssuerVariant {
  wrong: string;
  right: string;
  /** Only when the type code is one of these (Thủ tướng issues QĐ, CT, CĐ: "QĐ-TT" is a clipped "QĐ-TTg"). */
  afterTypes: readonly string[];
  source: string;
  confidence: Confidence;
  examples: readonly string[];
}

export const ISSUER_VARIANTS: readonly IssuerVariant[] = [
  {
    wrong: 'TT', right: 'TTg', afterTypes: ['QĐ', 'CT', 'CĐ'],
    source: '[HT-468], [BDT-942] (the code of the Thủ tướng is TTg; TT is the type code of a Thông tư)',
    confidence: 'certain', examples: ['Quyết định số 942/QĐ-TT'],
  },
];

/** Codes of Party bodies (n-TYPE/BODY form) [TVPL-36], [BQXN-36]. Bodies ending in "TU"/"HU"/"ĐU" are local committees. */
export function isPartyBodyCode(code: string): boolean {
  const up = code.toUpperCase();
  if (['TW', 'TU', 'VPTW', 'BCĐTW', 'HU', 'ĐU', 'QU', 'ĐUK'].includes(up)) return true;
  return /^(?:UBKT|BTG|BDV|BTC|BCĐ)(?:TW|TU)$/u.test(up);
}

const byCode = new Map<string, Issuer>();
for (const i of ISSUERS) for (const c of i.codes) if (!c.endsWith('+') && !byCode.has(c.toUpperCase())) byCode.set(c.toUpperCase(), i);

/** The issuer of a number's issuer code ("CP", "QH15", "UBTVQH15"), null when unknown (local codes often are). */
export function issuerByCode(code: string): Issuer | null {
  const up = code.toUpperCase();
  const hit = byCode.get(up);
  if (hit) return hit;
  for (const i of ISSUERS) {
    for (const c of i.codes) {
      if (c.endsWith('+') && new RegExp(`^${c.slice(0, -1)}\\d{1,2}$`, 'u').test(up)) return i;
    }
  }
  return null;
}

/** Every issuer phrase with its issuer, longest first. */
export function issuerPhrases(): { phrase: string; issuer: Issuer }[] {
  return ISSUERS.flatMap((i) => i.phrases.map((phrase) => ({ phrase, issuer: i }))).sort(
    (a, b) => b.phrase.length - a.phrase.length,
  );
}
