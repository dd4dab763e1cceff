// The 2025 two-level local-government reorganisation: obsolete unit terms and merged provinces.
import type { Confidence } from './nd30.js';
import { pattern } from '../text/pattern.js';

/** Two-level local government (no district level) in operation from this date (DOMAIN §4, certain). */
export const TWO_LEVEL_DATE = '2025-07-01';
export const TWO_LEVEL_SOURCE = 'DOMAIN §4 [BQN-2CAP] [BQT-HN] [LFL] [NQS]; Nghị quyết 202/2025/QH15; Luật 87/2025/QH15';

export interface ObsoleteTerm {
  id: string;
  /** Matched case-insensitively on NFC text, at word boundaries. */
  pattern: RegExp;
  suggestion: string;
  source: string;
  confidence: Confidence;
  examples: { flagged: string[]; clean: string[] };
}

/** District-level and thị trấn terms (DOMAIN §4, §4.2). */
export const OBSOLETE_TERMS: readonly ObsoleteTerm[] = [
  {
    id: 'cap-huyen',
    pattern: /cấp huyện/iu,
    suggestion: 'cấp xã (hoặc cấp tỉnh)',
    source: 'DOMAIN §4 (district units ceased 01/7/2025) [LFL] [NQS] [TVPL-87]',
    confidence: 'certain',
    examples: { flagged: ['UBND cấp huyện được đánh giá'], clean: ['UBND cấp xã được đánh giá'] },
  },
  {
    id: 'ubnd-huyen',
    pattern: /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(?: các)? (?:huyện|quận|thị xã)/iu,
    suggestion: 'UBND các xã, phường, đặc khu',
    source: 'DOMAIN §4.2 [LFL] [NQS]',
    confidence: 'certain',
    examples: { flagged: ['UBND các huyện, thành phố'], clean: ['UBND các xã, phường'] },
  },
  {
    id: 'huyen-thi-xa-thanh-pho',
    pattern: /(?:các )?huyện, thị xã, thành phố/iu,
    suggestion: 'các xã, phường, đặc khu',
    source: 'DOMAIN §4.2 [LFL] [NQS]',
    confidence: 'certain',
    examples: { flagged: ['các huyện, thị xã, thành phố'], clean: ['các xã, phường, đặc khu'] },
  },
  {
    id: 'cap-quan',
    pattern: /cấp quận/iu,
    suggestion: 'cấp xã (phường)',
    source: 'DOMAIN §4 [LFL] [NQS]',
    confidence: 'certain',
    examples: { flagged: ['cấp quận, huyện'], clean: ['cấp phường'] },
  },
  {
    id: 'thi-tran',
    pattern: /thị trấn/iu,
    suggestion: 'xã, phường, đặc khu',
    source: 'DOMAIN §4 (commune level = xã, phường, đặc khu) [BBG-3321] [HTPL-BDTTG]',
    confidence: 'likely',
    examples: { flagged: ['UBND các xã, phường, thị trấn'], clean: ['UBND các xã, phường, đặc khu'] },
  },
];

export interface MergedProvince {
  /** The old province name as written after "tỉnh" / "thành phố". */
  name: string;
  mergedInto: string;
  confidence: Confidence;
  source: string;
}

const CERTAIN = 'DOMAIN §4.1 [BTH-60] [BN-60] [QDND-60] [VNS-60]; Nghị quyết 202/2025/QH15';
const LIKELY = 'DOMAIN §4.1 † [KXD] [TVND-34NQ] [GH-34]; Nghị quyết 202/2025/QH15';

/** Provinces that ceased to exist as units on 01/7/2025 and the unit they joined (DOMAIN §4.1). */
export const MERGED_PROVINCES: readonly MergedProvince[] = [
  { name: 'Hà Giang', mergedInto: 'tỉnh Tuyên Quang', confidence: 'certain', source: CERTAIN },
  { name: 'Yên Bái', mergedInto: 'tỉnh Lào Cai', confidence: 'certain', source: CERTAIN },
  { name: 'Bắc Kạn', mergedInto: 'tỉnh Thái Nguyên', confidence: 'certain', source: CERTAIN },
  { name: 'Vĩnh Phúc', mergedInto: 'tỉnh Phú Thọ', confidence: 'certain', source: CERTAIN },
  { name: 'Hòa Bình', mergedInto: 'tỉnh Phú Thọ', confidence: 'certain', source: CERTAIN },
  { name: 'Bắc Giang', mergedInto: 'tỉnh Bắc Ninh', confidence: 'certain', source: CERTAIN },
  { name: 'Thái Bình', mergedInto: 'tỉnh Hưng Yên', confidence: 'certain', source: CERTAIN },
  { name: 'Hải Dương', mergedInto: 'thành phố Hải Phòng', confidence: 'certain', source: CERTAIN },
  { name: 'Hà Nam', mergedInto: 'tỉnh Ninh Bình', confidence: 'certain', source: CERTAIN },
  { name: 'Nam Định', mergedInto: 'tỉnh Ninh Bình', confidence: 'certain', source: CERTAIN },
  { name: 'Quảng Bình', mergedInto: 'tỉnh Quảng Trị', confidence: 'certain', source: CERTAIN },
  { name: 'Quảng Nam', mergedInto: 'thành phố Đà Nẵng', confidence: 'certain', source: CERTAIN },
  { name: 'Kon Tum', mergedInto: 'tỉnh Quảng Ngãi', confidence: 'likely', source: LIKELY },
  { name: 'Bình Định', mergedInto: 'tỉnh Gia Lai', confidence: 'likely', source: LIKELY },
  { name: 'Ninh Thuận', mergedInto: 'tỉnh Khánh Hòa', confidence: 'likely', source: LIKELY },
  { name: 'Đắk Nông', mergedInto: 'tỉnh Lâm Đồng', confidence: 'likely', source: LIKELY },
  { name: 'Bình Thuận', mergedInto: 'tỉnh Lâm Đồng', confidence: 'likely', source: LIKELY },
  { name: 'Phú Yên', mergedInto: 'tỉnh Đắk Lắk', confidence: 'likely', source: LIKELY },
  { name: 'Bình Dương', mergedInto: 'Thành phố Hồ Chí Minh', confidence: 'likely', source: LIKELY },
  { name: 'Bà Rịa - Vũng Tàu', mergedInto: 'Thành phố Hồ Chí Minh', confidence: 'likely', source: LIKELY },
  { name: 'Bình Phước', mergedInto: 'tỉnh Đồng Nai', confidence: 'likely', source: LIKELY },
  { name: 'Long An', mergedInto: 'tỉnh Tây Ninh', confidence: 'likely', source: LIKELY },
  { name: 'Sóc Trăng', mergedInto: 'thành phố Cần Thơ', confidence: 'likely', source: LIKELY },
  { name: 'Hậu Giang', mergedInto: 'thành phố Cần Thơ', confidence: 'likely', source: LIKELY },
  { name: 'Bến Tre', mergedInto: 'tỉnh Vĩnh Long', confidence: 'likely', source: LIKELY },
  { name: 'Trà Vinh', mergedInto: 'tỉnh Vĩnh Long', confidence: 'likely', source: LIKELY },
  { name: 'Tiền Giang', mergedInto: 'tỉnh Đồng Tháp', confidence: 'likely', source: LIKELY },
  { name: 'Bạc Liêu', mergedInto: 'tỉnh Cà Mau', confidence: 'likely', source: LIKELY },
  { name: 'Kiên Giang', mergedInto: 'tỉnh An Giang', confidence: 'likely', source: LIKELY },
];

/** One provincial-level unit of the 34 in operation from 01/7/2025, by its official name. */
export interface Province {
  name: string;
  kind: 'tỉnh' | 'thành phố';
  confidence: Confidence;
  source: string;
}

const PROVINCES_SOURCE = 'DOMAIN §4.1 [TTVN] [BM-202]; Nghị quyết 202/2025/QH15';
const tinh = (name: string): Province => ({ name, kind: 'tỉnh', confidence: 'certain', source: PROVINCES_SOURCE });
const tp = (name: string): Province => ({ name, kind: 'thành phố', confidence: 'certain', source: PROVINCES_SOURCE });

/**
 * The 34 provincial units (28 tỉnh, 6 thành phố trực thuộc trung ương) and their official spelling (DOMAIN §4.1,
 * certain). All 34 names existed before 2025 with the same spelling, so they hold for older plans too. Tone-mark
 * placement ("Hòa" / "Hoà") is a style, not a spelling: see TONE_MARK_PAIRS.
 */
export const PROVINCES: readonly Province[] = [
  ...['Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Cà Mau'].map(tinh),
  ...['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ'].map(tp),
];

/**
 * The two placements of a tone mark on "oa", "oe", "uy" ("Hòa" / "Hoà", "Thủy" / "Thuỷ"): both accepted in
 * administrative documents, never an error (DOMAIN §6.1, certain [TVPL-DT] [KN-PL3]).
 */
export const TONE_MARK_PAIRS: readonly (readonly [string, string])[] = [
  ['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['õe', 'oẽ'], ['ọe', 'oẹ'],
  ['ùy', 'uỳ'], ['úy', 'uý'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
];

/**
 * Phrases that make a mention historical, so it is not a current use: "(cũ)", "trước ngày 01/7/2025",
 * "trước sắp xếp", "trước khi hợp nhất" (DOMAIN §4.2: allow historical phrases).
 */
/**
 * "cũ" / "(cũ)" right after the term, or after the unit's proper name that follows it ("thị trấn Yên Lạc cũ",
 * "UBND huyện Mường Tè (cũ)", "tỉnh Bà Rịa - Vũng Tàu (cũ)"): up to four capitalised words, hyphen-joined
 * parts allowed. A lower-case word in between ("thị trấn và các xã cũ") breaks the link.
 */
export const HISTORICAL_AFTER: RegExp =
  pattern(String.raw`^(?:\s+\p{Lu}[\p{L}\p{M}]*(?:\s*[-–]\s*\p{Lu}[\p{L}\p{M}]*)?){0,4}\s*\(?\s*(?:cũ|Cũ|CŨ)(?![\p{L}\p{M}])`, 'u');
/** How far after a term HISTORICAL_AFTER looks (a term, a proper name of four words and "(cũ)"). */
export const HISTORICAL_AFTER_WINDOW = 60;
export const HISTORICAL_BEFORE: RegExp =
  /(?:trước (?:ngày )?0?1\/0?7\/2025|trước khi (?:sắp xếp|sáp nhập|hợp nhất|thực hiện sắp xếp)|trước sắp xếp|trước sáp nhập|trước hợp nhất|giai đoạn trước|năm 20(?:1\d|2[0-4])\b|đến hết ngày 30\/0?6\/2025)/iu;
