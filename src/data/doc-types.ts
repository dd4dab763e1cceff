// Document types that plans cite: the type word, its NĐ 30/2020 code, and the prefix of a citation key.

/** Confidence of a data entry, as marked in /work/shared/DOMAIN.md. */
export type Confidence = 'certain' | 'likely' | 'unsure';

export interface DocType {
  /** Stable id ("nghi-dinh"). */
  id: string;
  /** Type words as written in running text, longest wins when matching ("Thông tư liên tịch" before "Thông tư"). */
  words: readonly string[];
  /** The code in a document number ("NĐ"), null when the type has none (Luật, Công văn). */
  code: string | null;
  /** Prefix of a citation key (ASCII, lower case): "nd" → "nd:61/2018/nđ-cp". */
  keyPrefix: string;
  /**
   * Whether documents of this type are legal normative documents (VBQPPL, numbered n/YYYY/…):
   * 'always' (Nghị định, Thông tư), 'sometimes' (Quyết định, Nghị quyết), 'never' (Kế hoạch …).
   */
  normative: 'always' | 'sometimes' | 'never';
  source: string;
  confidence: Confidence;
  /** Citations that the real extractor must parse as this type (executed by test/data). */
  examples: readonly string[];
}

export const DOC_TYPES: readonly DocType[] = [
  {
    id: 'hien-phap', words: ['Hiến pháp'], code: null, keyPrefix: 'hp', normative: 'always',
    source: '[GH-LA] Luật 64/2025/QH15 Điều 4', confidence: 'certain', examples: ['Hiến pháp năm 2013'],
  },
  {
    id: 'bo-luat', words: ['Bộ luật'], code: null, keyPrefix: 'bl', normative: 'always',
    source: '[GH-LA] Luật 64/2025/QH15 Điều 4', confidence: 'certain', examples: ['Bộ luật Lao động năm 2019'],
  },
  {
    id: 'luat', words: ['Luật'], code: null, keyPrefix: 'luat', normative: 'always',
    source: '[GH-LA] Luật 64/2025/QH15 Điều 4; NĐ 78/2025 Điều 68 (cited by name and year)', confidence: 'certain',
    examples: ['Luật số 64/2025/QH15', 'Luật Ban hành văn bản quy phạm pháp luật năm 2015'],
  },
  {
    id: 'phap-lenh', words: ['Pháp lệnh'], code: null, keyPrefix: 'pl', normative: 'always',
    source: '[GH-LA] Luật 64/2025/QH15 Điều 4', confidence: 'certain', examples: ['Pháp lệnh Tín ngưỡng, tôn giáo năm 2004'],
  },
  {
    id: 'nghi-quyet-lien-tich', words: ['Nghị quyết liên tịch'], code: 'NQLT', keyPrefix: 'nqlt', normative: 'always',
    source: '[GH-LA] Luật 64/2025/QH15 Điều 4', confidence: 'likely', examples: ['Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN'],
  },
  {
    id: 'nghi-quyet', words: ['Nghị quyết'], code: 'NQ', keyPrefix: 'nq', normative: 'sometimes',
    source: '[LVN-SO]; NĐ 30/2020 Phụ lục III (NQ) [KN-PL3]; [VGP-76]', confidence: 'certain',
    examples: ['Nghị quyết số 76/NQ-CP', 'Nghị quyết số 21/2024/NQ-HĐND', 'Nghị quyết số 60-NQ/TW'],
  },
  {
    id: 'nghi-dinh', words: ['Nghị định'], code: 'NĐ', keyPrefix: 'nd', normative: 'always',
    source: '[LAWNET-30]; Luật 64/2025/QH15 Điều 4 (Chính phủ only) [GH-LA]', confidence: 'certain',
    examples: ['Nghị định số 30/2020/NĐ-CP', 'Nghị định 61'],
  },
  {
    id: 'quyet-dinh', words: ['Quyết định'], code: 'QĐ', keyPrefix: 'qd', normative: 'sometimes',
    source: 'NĐ 30/2020 Phụ lục III (QĐ) [KN-PL3]; [HT-468]; [TH-128]', confidence: 'certain',
    examples: ['Quyết định số 468/QĐ-TTg', 'Quyết định số 128/2025/QĐ-UBND', 'Quyết định số 31-QĐ/TW'],
  },
  {
    id: 'thong-tu-lien-tich', words: ['Thông tư liên tịch'], code: 'TTLT', keyPrefix: 'ttlt', normative: 'always',
    source: '[GH-LA] Luật 64/2025/QH15 Điều 4', confidence: 'certain', examples: ['Thông tư liên tịch số 01/2015/TTLT-BNV-BTC'],
  },
  {
    id: 'thong-tu', words: ['Thông tư'], code: 'TT', keyPrefix: 'tt', normative: 'always',
    source: '[GH-LA] Luật 64/2025/QH15 Điều 4; [BP-TT02]', confidence: 'certain',
    examples: ['Thông tư số 02/2017/TT-VPCP', 'Thông tư số 03/2025/TT-VPCP'],
  },
  {
    id: 'chi-thi', words: ['Chỉ thị'], code: 'CT', keyPrefix: 'ct', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (CT) [KN-PL3]', confidence: 'certain', examples: ['Chỉ thị số 23/CT-TTg'],
  },
  {
    id: 'quy-che', words: ['Quy chế'], code: 'QC', keyPrefix: 'qc', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (QC) [KN-PL3]', confidence: 'certain', examples: ['Quy chế số 05/QC-UBND'],
  },
  {
    id: 'quy-dinh', words: ['Quy định'], code: 'QyĐ', keyPrefix: 'qyd', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (QyĐ) [KN-PL3]; Party form [TVPL-36]', confidence: 'certain',
    examples: ['Quy định số 12/QyĐ-UBND'],
  },
  {
    id: 'thong-bao', words: ['Thông báo'], code: 'TB', keyPrefix: 'tb', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (TB) [KN-PL3]; [TVPL-304]', confidence: 'certain', examples: ['Thông báo số 304/TB-VPCP'],
  },
  {
    id: 'huong-dan', words: ['Hướng dẫn'], code: 'HD', keyPrefix: 'hd', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (HD) [KN-PL3]; Party form [TVPL-36]', confidence: 'certain',
    examples: ['Hướng dẫn số 36-HD/VPTW'],
  },
  {
    id: 'chuong-trinh', words: ['Chương trình'], code: 'CTr', keyPrefix: 'ctr', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (CTr) [KN-PL3]', confidence: 'certain', examples: ['Chương trình số 15/CTr-UBND'],
  },
  {
    id: 'ke-hoach', words: ['Kế hoạch'], code: 'KH', keyPrefix: 'kh', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (KH) [KN-PL3]; [HT-468]', confidence: 'certain',
    examples: ['Kế hoạch số 223/KH-UBND', 'Kế hoạch 184/KH-UBND', 'Kế hoạch số 02-KH/BCĐTW'],
  },
  {
    id: 'phuong-an', words: ['Phương án'], code: 'PA', keyPrefix: 'pa', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (PA) [KN-PL3]', confidence: 'certain', examples: ['Phương án số 01/PA-UBND'],
  },
  {
    id: 'de-an', words: ['Đề án'], code: 'ĐA', keyPrefix: 'da', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (ĐA) [KN-PL3]', confidence: 'certain', examples: ['Đề án số 321/ĐA-BDT', 'Đề án 06'],
  },
  {
    id: 'du-an', words: ['Dự án'], code: 'DA', keyPrefix: 'duan', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (DA) [KN-PL3]', confidence: 'certain', examples: ['Dự án số 02/DA-UBND'],
  },
  {
    id: 'bao-cao', words: ['Báo cáo'], code: 'BC', keyPrefix: 'bc', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (BC) [KN-PL3]; [TVND-3616]', confidence: 'certain', examples: ['Báo cáo số 3616/BC-BNV'],
  },
  {
    id: 'to-trinh', words: ['Tờ trình'], code: 'TTr', keyPrefix: 'ttr', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (TTr) [KN-PL3]; [TVPL-636]', confidence: 'certain', examples: ['Tờ trình số 617/TTr-SNV'],
  },
  {
    id: 'cong-dien', words: ['Công điện'], code: 'CĐ', keyPrefix: 'cd', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (CĐ) [KN-PL3]; [TTVN-CD]', confidence: 'certain', examples: ['Công điện số 101/CĐ-TTg'],
  },
  {
    id: 'ket-luan', words: ['Kết luận'], code: 'KL', keyPrefix: 'kl', normative: 'never',
    source: 'Party document form n-KL/TW [TVPL-36] (KL is a Party type, not in NĐ 30 Phụ lục III)', confidence: 'likely',
    examples: ['Kết luận số 40-KL/TW'],
  },
  {
    id: 'van-ban-hop-nhat', words: ['Văn bản hợp nhất'], code: 'VBHN', keyPrefix: 'vbhn', normative: 'never',
    source: '[LINGO-VBHN]', confidence: 'likely', examples: ['Văn bản hợp nhất số 03/VBHN-VPQH'],
  },
  {
    // "Công văn" has no type code: its number is <issuer>-<unit> (NĐ 30/2020 Phụ lục III; [LVN-SO]).
    id: 'cong-van', words: ['Công văn', 'Văn bản'], code: null, keyPrefix: 'cv', normative: 'never',
    source: 'NĐ 30/2020 Phụ lục III (no code) [KN-PL3]; [LVN-SO]', confidence: 'certain',
    examples: ['Công văn số 4836/SNV-TCBC', 'Văn bản số 1552/BTTTT-THH'],
  },
];

const byCode = new Map<string, DocType>();
for (const t of DOC_TYPES) if (t.code) byCode.set(t.code.toUpperCase(), t);

/** The doc type of a number's type code ("NĐ", "qđ", "ND" → nghi-dinh); tolerant of case and a missing stroke on Đ. */
export function docTypeByCode(code: string): DocType | null {
  const up = code.toUpperCase();
  const hit = byCode.get(up);
  if (hit) return hit;
  // "ND-CP" for "NĐ-CP": the stroke is often lost when typing without a Vietnamese keyboard ([DOMAIN §2.1]).
  for (const [k, t] of byCode) if (k.replace(/Đ/gu, 'D') === up) return t;
  return null;
}

/** Canonical spelling of a known type code ("qđ" → "QĐ"), null when unknown. */
export function canonicalTypeCode(code: string): string | null {
  return docTypeByCode(code)?.code ?? null;
}

const byWord = new Map<string, DocType>();
for (const t of DOC_TYPES) for (const w of t.words) byWord.set(w.toLowerCase(), t);

/** The doc type of a type word ("Nghị định", "quyết định"), null when unknown. */
export function docTypeByWord(word: string): DocType | null {
  return byWord.get(word.toLowerCase().replace(/\s+/gu, ' ')) ?? null;
}

/** Every type word, longest first (for building the citation regex). */
export function allTypeWords(): string[] {
  return DOC_TYPES.flatMap((t) => t.words).sort((a, b) => b.length - a.length);
}

/** Every known type code, longest first. */
export function allTypeCodes(): string[] {
  return DOC_TYPES.flatMap((t) => (t.code ? [t.code] : [])).sort((a, b) => b.length - a.length);
}

/**
 * Who issues a cited document, when its type (and the issuer code in its number) fixes the issuer
 * (DOMAIN §2.4, Luật 64/2025/QH15 Điều 4 as amended by Luật 87/2025/QH15; DOMAIN §2.3 for the codes).
 * A citation matches an entry when its doc type is in `docTypes` and its issuer code matches `code`
 * (null: any code). Its issuer clause ("của …") must then name one of `allowed` (issuer ids of
 * src/data/issuers), or must not name one of `forbidden`.
 */
export interface FixedIssuer {
  id: string;
  docTypes: readonly string[];
  /** The issuer code in the number that fixes the issuer; null when the type alone fixes it. */
  code: RegExp | null;
  allowed?: readonly string[];
  forbidden?: readonly string[];
  /** What to write after "của" (the fix); null when several bodies share the code (Party "TW"). */
  write: string | null;
  /** The issuer code the number must carry ("CP" for a Nghị định); null when not fixed. */
  numberCode: string | null;
  /** How the rule names the issuer in a message. */
  describe: { vi: string; en: string };
  source: string;
  confidence: Confidence;
  /** Citations (type word, number, "của" clause) the rule must flag, and must accept. Executed by tests. */
  examples: { flagged: readonly string[]; clean: readonly string[] };
}

export const FIXED_ISSUERS: readonly FixedIssuer[] = [
  {
    id: 'nghi-dinh', docTypes: ['nghi-dinh'], code: null, allowed: ['chinh-phu'], write: 'Chính phủ', numberCode: 'CP',
    describe: { vi: 'Nghị định chỉ do Chính phủ ban hành', en: 'a Nghị định is issued only by the Government' },
    source: 'DOMAIN §2.4 rank 5 (Nghị định: Chính phủ only), Luật 64/2025/QH15 Điều 4 [GH-LA]', confidence: 'certain',
    examples: {
      flagged: ['Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Thủ tướng Chính phủ', 'Nghị định số 42/2022/NĐ-CP của Bộ Công an'],
      clean: ['Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ'],
    },
  },
  {
    id: 'ttg', docTypes: ['quyet-dinh', 'chi-thi', 'cong-dien'], code: /^TTg?$/iu, allowed: ['thu-tuong'], write: 'Thủ tướng Chính phủ', numberCode: null,
    describe: { vi: 'văn bản ký hiệu "-TTg" do Thủ tướng Chính phủ ban hành', en: 'a document coded "-TTg" is issued by the Prime Minister' },
    source: 'DOMAIN §2.3 (TTg = Thủ tướng Chính phủ: 468/QĐ-TTg, 942/QĐ-TTg, 101/CĐ-TTg), §2.4 rank 6 [HT-468] [BDT-942] [TTVN-CD]', confidence: 'certain',
    examples: {
      flagged: ['Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Chính phủ', 'Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Chính phủ'],
      clean: ['Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ', 'Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Phó Thủ tướng'],
    },
  },
  {
    id: 'nq-cp', docTypes: ['nghi-quyet'], code: /^CP$/iu, allowed: ['chinh-phu'], write: 'Chính phủ', numberCode: null,
    describe: { vi: 'Nghị quyết ký hiệu "-CP" do Chính phủ ban hành', en: 'a Nghị quyết coded "-CP" is issued by the Government' },
    source: 'DOMAIN §2.3 (CP: 76/NQ-CP), §2.4 rank 5 [VGP-76]', confidence: 'certain',
    examples: {
      flagged: ['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Thủ tướng Chính phủ'],
      clean: ['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ'],
    },
  },
  {
    id: 'quoc-hoi', docTypes: ['luat', 'bo-luat', 'nghi-quyet', 'hien-phap'], code: /^QH\d{1,2}$/iu, allowed: ['quoc-hoi'], write: 'Quốc hội', numberCode: null,
    describe: { vi: 'văn bản ký hiệu "QH" do Quốc hội ban hành (Ủy ban Thường vụ Quốc hội dùng ký hiệu "UBTVQH")', en: 'a document coded "QH" is issued by the National Assembly (its Standing Committee uses "UBTVQH")' },
    source: 'DOMAIN §2.1 (Luật, Nghị quyết of Quốc hội: n/YYYY/QH<khóa>), §2.3, §2.4 rank 2 [GH-LA] [DTUD-3321]', confidence: 'certain',
    examples: {
      flagged: ['Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Ủy ban Thường vụ Quốc hội', 'Luật số 64/2025/QH15 của Chính phủ'],
      clean: ['Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội'],
    },
  },
  {
    id: 'ubtvqh', docTypes: ['nghi-quyet', 'phap-lenh'], code: /^(?:NQ-)?UBTVQH\d{1,2}$/iu, allowed: ['ubtvqh'], write: 'Ủy ban Thường vụ Quốc hội', numberCode: null,
    describe: { vi: 'văn bản ký hiệu "UBTVQH" do Ủy ban Thường vụ Quốc hội ban hành', en: 'a document coded "UBTVQH" is issued by the Standing Committee of the National Assembly' },
    source: 'DOMAIN §2.1, §2.3 (UBTVQH + khóa: 1656/NQ-UBTVQH15), §2.4 rank 3 [TVND-34NQ]', confidence: 'certain',
    examples: {
      flagged: ['Nghị quyết số 1656/NQ-UBTVQH15 ngày 19/6/2025 của Quốc hội'],
      clean: ['Nghị quyết số 1656/NQ-UBTVQH15 ngày 19/6/2025 của Ủy ban Thường vụ Quốc hội'],
    },
  },
  {
    id: 'thong-tu', docTypes: ['thong-tu'], code: null, forbidden: ['chinh-phu', 'thu-tuong'], write: null, numberCode: null,
    describe: { vi: 'Thông tư do Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành, không do Chính phủ hay Thủ tướng', en: 'a Thông tư is issued by a minister, never by the Government or the Prime Minister' },
    source: 'DOMAIN §2.4 rank 8 (Thông tư: Bộ trưởng, Chánh án, Viện trưởng, Tổng KTNN), Luật 64/2025/QH15 Điều 4', confidence: 'certain',
    examples: {
      flagged: ['Thông tư số 01/2020/TT-BNV của Chính phủ'],
      clean: ['Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'],
    },
  },
  {
    // Party documents (n-TYPE/BODY) are issued by a Party body; a state body in the "của" clause is wrong.
    id: 'party', docTypes: [], code: /^(?:TW|VPTW|TU)$/iu,
    forbidden: ['quoc-hoi', 'ubtvqh', 'chinh-phu', 'thu-tuong', 'vpcp', 'ubnd', 'hdnd', 'chu-tich-ubnd', 'so-noi-vu'], write: null, numberCode: null,
    describe: { vi: 'văn bản của Đảng (ký hiệu "/TW", "/TU") do cơ quan của Đảng ban hành', en: 'a Party document ("/TW", "/TU") is issued by a Party body' },
    source: 'DOMAIN §2.1 (Party documents n-TYPE/BODY), §2.3 (TW, VPTW, TU) [TVPL-36] [BTH-60] [BQXN-36]', confidence: 'likely',
    examples: {
      flagged: ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Chính phủ', 'Nghị quyết số 49-NQ/TU ngày 28/9/2021 của UBND tỉnh'],
      clean: ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', 'Nghị quyết số 49-NQ/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy'],
    },
  },
];
