// Format knowledge from Nghị định 30/2020/NĐ-CP (công tác văn thư) as typed tables with sources.

/** How sure we are of a fact (DOMAIN.md marks). Only 'certain' and 'likely' facts may produce warnings or errors. */
export type Confidence = 'certain' | 'likely' | 'unsure';

export interface Sourced {
  /** DOMAIN.md key(s) plus the legal provision. */
  source: string;
  confidence: Confidence;
}

/** Quốc hiệu (NĐ 30 Phụ lục I). HÒA and HOÀ are tone-mark variants, both accepted (DOMAIN §1.4, §6.1). */
export const NATIONAL_NAME: Sourced & { text: string; pattern: RegExp; examples: { valid: string[]; invalid: string[] } } = {
  text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  pattern: /^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u,
  source: 'DOMAIN §1.4 [GH-ND30F] [HTPL-118]; NĐ 30/2020/NĐ-CP Điều 8 khoản 2 điểm a, Phụ lục I',
  confidence: 'certain',
  examples: {
    valid: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    invalid: ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'CỘNG HÒA XHCN VIỆT NAM'],
  },
};

/** Tiêu ngữ: spaced hyphens (DOMAIN §1.4, likely). */
export const MOTTO: Sourced & { text: string; pattern: RegExp; examples: { valid: string[]; invalid: string[] } } = {
  text: 'Độc lập - Tự do - Hạnh phúc',
  pattern: /^Độc lập - Tự do - Hạnh phúc$/u,
  source: 'DOMAIN §1.4 [GH-ND30F]; NĐ 30/2020/NĐ-CP Phụ lục I',
  confidence: 'likely',
  examples: {
    valid: ['Độc lập - Tự do - Hạnh phúc'],
    invalid: ['Độc lập – Tự do – Hạnh phúc', 'Độc lập-Tự do-Hạnh phúc', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'],
  },
};

/** Phụ lục III: abbreviations of administrative document types (DOMAIN §1.8, certain). */
export const VBHC_TYPE_CODES: readonly { type: string; code: string }[] = [
  { type: 'Nghị quyết', code: 'NQ' },
  { type: 'Quyết định', code: 'QĐ' },
  { type: 'Chỉ thị', code: 'CT' },
  { type: 'Quy chế', code: 'QC' },
  { type: 'Quy định', code: 'QyĐ' },
  { type: 'Thông cáo', code: 'TC' },
  { type: 'Thông báo', code: 'TB' },
  { type: 'Hướng dẫn', code: 'HD' },
  { type: 'Chương trình', code: 'CTr' },
  { type: 'Kế hoạch', code: 'KH' },
  { type: 'Phương án', code: 'PA' },
  { type: 'Đề án', code: 'ĐA' },
  { type: 'Dự án', code: 'DA' },
  { type: 'Báo cáo', code: 'BC' },
  { type: 'Biên bản', code: 'BB' },
  { type: 'Tờ trình', code: 'TTr' },
  { type: 'Hợp đồng', code: 'HĐ' },
  { type: 'Công điện', code: 'CĐ' },
  { type: 'Bản ghi nhớ', code: 'BGN' },
  { type: 'Bản thỏa thuận', code: 'BTT' },
  { type: 'Giấy ủy quyền', code: 'GUQ' },
  { type: 'Giấy mời', code: 'GM' },
  { type: 'Giấy giới thiệu', code: 'GGT' },
  { type: 'Giấy nghỉ phép', code: 'GNP' },
  { type: 'Phiếu gửi', code: 'PG' },
  { type: 'Phiếu chuyển', code: 'PC' },
  { type: 'Phiếu báo', code: 'PB' },
];
export const VBHC_TYPE_CODES_SOURCE: Sourced = {
  source: 'DOMAIN §1.8 [KN-PL3] [TINLAW] [LVN-VT]; NĐ 30/2020/NĐ-CP Phụ lục III',
  confidence: 'certain',
};

/** The type code a Kế hoạch must carry in its number ("Số: 09/KH-SDTTG"). */
export const PLAN_TYPE_CODE = 'KH';

/**
 * Type words as cited and the type codes their numbers may carry. VBQPPL codes (NĐ, TT, TTLT) come from
 * the citation practice in DOMAIN §2.1 (certain); VBHC codes from Phụ lục III. A type word maps to
 * several codes where practice differs (Party "Quy định" uses QĐ; Hướng dẫn of the Party uses HD).
 */
export const TYPE_WORD_CODES: readonly (Sourced & { word: string; codes: readonly string[] })[] = [
  { word: 'Nghị định', codes: ['NĐ'], source: 'DOMAIN §2.1 (30/2020/NĐ-CP, 118/2025/NĐ-CP)', confidence: 'certain' },
  { word: 'Thông tư liên tịch', codes: ['TTLT'], source: 'DOMAIN §2.4 (Thông tư liên tịch); usage', confidence: 'likely' },
  { word: 'Thông tư', codes: ['TT'], source: 'DOMAIN §2.1 (03/2025/TT-VPCP, 02/2025/TT-BDTTG)', confidence: 'certain' },
  { word: 'Nghị quyết', codes: ['NQ'], source: 'DOMAIN §1.8, §2.1 (76/NQ-CP, 60-NQ/TW)', confidence: 'certain' },
  { word: 'Quyết định', codes: ['QĐ'], source: 'DOMAIN §1.8, §2.1 (468/QĐ-TTg, 128/2025/QĐ-UBND)', confidence: 'certain' },
  { word: 'Chỉ thị', codes: ['CT'], source: 'DOMAIN §1.8', confidence: 'certain' },
  { word: 'Kế hoạch', codes: ['KH'], source: 'DOMAIN §1.8 (223/KH-UBND)', confidence: 'certain' },
  { word: 'Thông báo', codes: ['TB'], source: 'DOMAIN §1.8 (304/TB-VPCP)', confidence: 'certain' },
  { word: 'Báo cáo', codes: ['BC'], source: 'DOMAIN §1.8 (3616/BC-BNV)', confidence: 'certain' },
  { word: 'Tờ trình', codes: ['TTr'], source: 'DOMAIN §1.8 (617/TTr-SNV)', confidence: 'certain' },
  { word: 'Công điện', codes: ['CĐ'], source: 'DOMAIN §1.8, §2.3 (101/CĐ-TTg)', confidence: 'certain' },
  { word: 'Hướng dẫn', codes: ['HD'], source: 'DOMAIN §1.8, §2.1 (36-HD/VPTW)', confidence: 'certain' },
  { word: 'Chương trình', codes: ['CTr'], source: 'DOMAIN §1.8', confidence: 'certain' },
  { word: 'Đề án', codes: ['ĐA'], source: 'DOMAIN §1.8', confidence: 'certain' },
];

/** Issuers of VBQPPL by type (Luật 64/2025/QH15 Điều 4 as amended; DOMAIN §2.4, certain). */
export const TYPE_ISSUERS: readonly (Sourced & {
  word: string;
  /** Issuer codes in the number that are allowed. */
  issuerCodes: readonly string[];
  /** Issuer ids (src/data/issuers) that are allowed; an issuer outside this list is wrong. */
  issuerIds: readonly string[];
  /** Issuer phrases as written ("của Thủ tướng Chính phủ") that are certainly wrong for this type. */
  wrongIssuers: readonly { pattern: RegExp; name: string }[];
})[] = [
  {
    word: 'Nghị định',
    issuerCodes: ['CP'],
    issuerIds: ['chinh-phu'],
    wrongIssuers: [
      { pattern: /^Thủ tướng(?: Chính phủ)?$/iu, name: 'Thủ tướng Chính phủ' },
      { pattern: /^Bộ\b/iu, name: 'Bộ' },
      { pattern: /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b/iu, name: 'Ủy ban nhân dân' },
    ],
    source: 'DOMAIN §2.4 (Nghị định: Chính phủ only); Luật 64/2025/QH15 Điều 4',
    confidence: 'certain',
  },
  {
    word: 'Thông tư',
    issuerCodes: [],
    issuerIds: [],
    wrongIssuers: [
      { pattern: /^Chính phủ$/iu, name: 'Chính phủ' },
      { pattern: /^Thủ tướng(?: Chính phủ)?$/iu, name: 'Thủ tướng Chính phủ' },
    ],
    source: 'DOMAIN §2.4 (Thông tư: Bộ trưởng, Chánh án, Viện trưởng, Tổng KTNN); Luật 64/2025/QH15 Điều 4',
    confidence: 'certain',
  },
];

/** Authority prefixes of the signature block (Điều 13, Phụ lục I Phần II mục 7; DOMAIN §1.5, certain). */
export const SIGN_PREFIXES = ['TM', 'Q', 'KT', 'TL', 'TUQ'] as const;
export type SignPrefix = (typeof SIGN_PREFIXES)[number];

/**
 * Bodies run by a single head (chế độ thủ trưởng): TM. is wrong for them (DOMAIN §1.5, likely [TVPL-KY]).
 * Matched against the issuing body as written in the header, or the TM. line itself.
 */
export const SINGLE_HEAD_BODIES: readonly (Sourced & { pattern: RegExp; head: string })[] = [
  { pattern: /^SỞ\s/u, head: 'GIÁM ĐỐC', source: 'DOMAIN §1.5 [TVPL-KY] [DL-VT]', confidence: 'likely' },
];

/** Collective bodies that sign "TM." (DOMAIN §1.5, certain). */
export const COLLECTIVE_BODIES: readonly RegExp[] = [
  /^(?:ỦY|UỶ) BAN NHÂN DÂN\b/u,
  /^UBND\b/u,
  /^HỘI ĐỒNG NHÂN DÂN\b/u,
  /^HĐND\b/u,
  /^BAN CHẤP HÀNH\b/u,
  /^BAN THƯỜNG VỤ\b/u,
  /^HỘI ĐỒNG\b/u,
];

/** Academic titles that must not precede the signer's name (DOMAIN §1.4, certain; sector exceptions exist). */
export const ACADEMIC_TITLES: RegExp = /^(?:GS|PGS|TS|ThS|TSKH|BS|KS|CN|NCS)\.(?:\s*(?:TS|ThS|BS|KH)\.)*\s*/u;

/**
 * Point letters in legal order: a, b, c, d, đ, e, g, h … (f, j, w, z are not Vietnamese letters; ă â ê ô ơ ư
 * are never point markers). DOMAIN §1.7: certain for a–i, likely for k–y.
 */
export const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;
export const FORBIDDEN_POINT_LETTERS = ['f', 'j', 'w', 'z'] as const;
export const NON_POINT_VOWELS = ['ă', 'â', 'ê', 'ô', 'ơ', 'ư'] as const;
export const POINT_LETTERS_SOURCE: Sourced = {
  source: 'DOMAIN §1.7 [ALPHA] [GH-ND30F] [LAWNET-TP] [123-ND34]; NĐ 30/2020/NĐ-CP Điều 8 khoản 2 (a, b, c, d, đ, e, g, h, i)',
  confidence: 'certain',
};

/** Zero padding of the document's own date line (DOMAIN §1.4, certain for the rule, likely for the info on 03–09). */
export const DATE_PADDING: Sourced & { padMonths: readonly number[] } = {
  padMonths: [1, 2],
  source: 'DOMAIN §1.4 [LVN-NGAY] [KTX-NGAY]; NĐ 30/2020/NĐ-CP Phụ lục I',
  confidence: 'certain',
};

/** Recipients block (DOMAIN §1.6, likely for the "Lưu: VT" line). */
export const ARCHIVE_LINE: Sourced & { pattern: RegExp } = {
  pattern: /^-?\s*Lưu\s*:?\s*VT\b/u,
  source: 'DOMAIN §1.6 [GH-ND30F] [GH-VBHC]',
  confidence: 'likely',
};
