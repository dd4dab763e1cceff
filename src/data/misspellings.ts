// Common Vietnamese misspellings (wrong → correct) and a conservative impossible-syllable check.
import type { Confidence } from './nd30.js';

export interface Misspelling {
  wrong: string;
  correct: string;
  source: string;
  confidence: Confidence;
  /** Default is the rule's severity; 'info' for forms dictionaries record as colloquial. */
  severity?: 'info';
  /** Words before the match that make it a different, correct phrase ("giám sát nhập khẩu"). */
  notAfter?: RegExp;
  /** Sentences that must be flagged (wrong) or not. Executed by tests. */
  examples: { flagged: string[]; clean: string[] };
}

export const MISSPELLINGS: readonly Misspelling[] = [
  {
    wrong: 'cập nhập',
    correct: 'cập nhật',
    source: 'DOMAIN §6 [CT-CN] [FB-CN]',
    confidence: 'certain',
    examples: { flagged: ['kịp thời cập nhập thông tin'], clean: ['kịp thời cập nhật thông tin', 'nhập dữ liệu'] },
  },
  {
    wrong: 'sát nhập',
    correct: 'sáp nhập',
    source: 'DOMAIN §6 [BM-SN] [DMCL-SN] [Y8]',
    confidence: 'certain',
    // "giám sát nhập khẩu", "khảo sát nhập liệu": "sát" ends another word there.
    notAfter: /(?:giám|khảo|kiểm|quan|thanh|sâu)\s+$/iu,
    examples: { flagged: ['sát nhập đơn vị hành chính'], clean: ['sáp nhập đơn vị hành chính', 'giám sát nhập khẩu', 'khảo sát nhập liệu'] },
  },
  {
    wrong: 'nhũng nhịu',
    correct: 'nhũng nhiễu',
    source: 'issue #5 acceptance (seed003); dictionary entry "nhũng nhiễu" https://tudientiengviet.org/nhung-nhieu',
    confidence: 'likely',
    examples: { flagged: ['gây nhũng nhịu, tiêu cực'], clean: ['gây nhũng nhiễu, tiêu cực'] },
  },
  { wrong: 'chuẩn đoán', correct: 'chẩn đoán', source: 'DOMAIN §6 [Y8]', confidence: 'certain', examples: { flagged: ['chuẩn đoán bệnh'], clean: ['chẩn đoán bệnh'] } },
  { wrong: 'sáng lạng', correct: 'xán lạn', source: 'DOMAIN §6 [Y8]', confidence: 'certain', examples: { flagged: ['tương lai sáng lạng'], clean: ['tương lai xán lạn'] } },
  { wrong: 'vô hình chung', correct: 'vô hình trung', source: 'DOMAIN §6 [VBXV] [Y8]', confidence: 'certain', examples: { flagged: ['vô hình chung làm chậm'], clean: ['vô hình trung làm chậm'] } },
  { wrong: 'tựu chung', correct: 'tựu trung', source: 'DOMAIN §6 [Y8]', confidence: 'likely', examples: { flagged: ['tựu chung lại'], clean: ['tựu trung lại'] } },
  { wrong: 'chín mùi', correct: 'chín muồi', source: 'DOMAIN §6 [VBXV] [Y8]', confidence: 'certain', examples: { flagged: ['thời cơ chín mùi'], clean: ['thời cơ chín muồi'] } },
  { wrong: 'thăm quan', correct: 'tham quan', source: 'DOMAIN §6 [VBXV] [Y8]', confidence: 'likely', examples: { flagged: ['đi thăm quan mô hình'], clean: ['đi tham quan mô hình'] } },
  { wrong: 'xúc tích', correct: 'súc tích', source: 'DOMAIN §6 [Y8]', confidence: 'likely', examples: { flagged: ['ngắn gọn, xúc tích'], clean: ['ngắn gọn, súc tích'] } },
  { wrong: 'bạc mạng', correct: 'bạt mạng', source: 'DOMAIN §6 [Y8] [KN-CT]', confidence: 'likely', examples: { flagged: ['chạy bạc mạng'], clean: ['chạy bạt mạng'] } },
  { wrong: 'cọ sát', correct: 'cọ xát', source: 'DOMAIN §6 [Y8]', confidence: 'likely', examples: { flagged: ['cọ sát thực tiễn'], clean: ['cọ xát thực tiễn'] } },
  { wrong: 'dành giật', correct: 'giành giật', source: 'DOMAIN §6 [Y8]', confidence: 'likely', examples: { flagged: ['dành giật thị trường'], clean: ['giành giật thị trường'] } },
  { wrong: 'nhận chức', correct: 'nhậm chức', source: 'DOMAIN §6 [Y8]', confidence: 'likely', examples: { flagged: ['lễ nhận chức'], clean: ['lễ nhậm chức'] } },
  { wrong: 'đọc giả', correct: 'độc giả', source: 'DOMAIN §6 [Y8]', confidence: 'likely', examples: { flagged: ['phục vụ đọc giả'], clean: ['phục vụ độc giả'] } },
  { wrong: 'bác sỹ', correct: 'bác sĩ', source: 'DOMAIN §6 [VBXV] [KN-CT]', confidence: 'likely', examples: { flagged: ['đội ngũ bác sỹ'], clean: ['đội ngũ bác sĩ'] } },
  { wrong: 'bày trí', correct: 'bài trí', source: 'DOMAIN §6 [KN-CT]', confidence: 'likely', examples: { flagged: ['bày trí phòng làm việc'], clean: ['bài trí phòng làm việc'] } },
  { wrong: 'tinh sảo', correct: 'tinh xảo', source: 'DOMAIN §6 [BM-SN]', confidence: 'likely', examples: { flagged: ['sản phẩm tinh sảo'], clean: ['sản phẩm tinh xảo'] } },
  { wrong: 'cũng cố', correct: 'củng cố', source: 'DOMAIN §6 [NK-CC]', confidence: 'likely', examples: { flagged: ['cũng cố, kiện toàn tổ chức'], clean: ['củng cố, kiện toàn tổ chức'] } },
  { wrong: 'chỉnh chu', correct: 'chỉn chu', source: 'DOMAIN §6 [NAP-CC]', confidence: 'likely', examples: { flagged: ['văn bản chỉnh chu'], clean: ['văn bản chỉn chu'] } },
  {
    wrong: 'danh nghiệp',
    correct: 'doanh nghiệp',
    source: 'Typing slip read in an issued plan (corpus README, plan 11: "Danh nghiệp tư nhân"); no dictionary has "danh nghiệp" (Từ điển tiếng Việt, Hoàng Phê: "doanh nghiệp")',
    confidence: 'likely',
    examples: { flagged: ['các danh nghiệp tư nhân'], clean: ['các doanh nghiệp tư nhân', 'danh nghĩa'] },
  },
  {
    wrong: 'tinh giảm biên chế',
    correct: 'tinh giản biên chế',
    source:
      'https://nghengu.vn/tieng-nghe-cua-toi/tinh-gian-hay-tinh-giam-bien-che-2112.html, https://baogialai.com.vn/tinh-giam-hay-tinh-gian-post471013.html (Từ điển tiếng Việt, Hoàng Phê: "tinh giảm" is the colloquial form of "tinh giản")',
    confidence: 'likely',
    severity: 'info',
    examples: { flagged: ['lộ trình tinh giảm biên chế'], clean: ['lộ trình tinh giản biên chế', 'giảm biên chế'] },
  },
];

/**
 * Place names as the official texts on administrative units spell them: "Đắk", never "Đăk"/"Đắc"; "Bắc Kạn",
 * never "Bắc Cạn"; "Kon Tum" in two words. Whole words only, so a domain name ("daklak.gov.vn") never matches.
 */
const PLACE_SOURCE = 'Nghị quyết 202/2025/QH15 (names of the merged provinces) as tabled in DOMAIN §4.1 [BTH-60] [BN-60]';
export const PLACE_NAME_SPELLINGS: readonly Misspelling[] = [
  ...['Đăk Nông', 'Đắc Nông'].map((wrong): Misspelling => ({
    wrong, correct: 'Đắk Nông', source: PLACE_SOURCE, confidence: 'certain',
    examples: { flagged: [`tỉnh ${wrong} (cũ)`], clean: ['tỉnh Đắk Nông (cũ)'] },
  })),
  ...['Đăk Lăk', 'Đắc Lắc', 'Đắk Lăk', 'Đăk Lắk'].map((wrong): Misspelling => ({
    wrong, correct: 'Đắk Lắk', source: PLACE_SOURCE, confidence: 'certain',
    examples: { flagged: [`tỉnh ${wrong}`], clean: ['tỉnh Đắk Lắk'] },
  })),
  {
    wrong: 'Bắc Cạn', correct: 'Bắc Kạn', source: PLACE_SOURCE, confidence: 'certain',
    examples: { flagged: ['tỉnh Bắc Cạn (cũ)'], clean: ['tỉnh Bắc Kạn (cũ)'] },
  },
  {
    wrong: 'Kontum', correct: 'Kon Tum', source: PLACE_SOURCE, confidence: 'certain',
    examples: { flagged: ['tỉnh Kontum (cũ)'], clean: ['tỉnh Kon Tum (cũ)'] },
  },
];

/**
 * English loanwords written in lower case whose letters are also those of a Vietnamese syllable with its marks
 * lost ("chat" / "chát", "top" / "tốp"): the dictionary check would take them for a lost-diacritics typo.
 * Only words that collide matter: other English words ("online", "website") match no syllable and pass anyway.
 * Source: loanwords of digital-transformation plans ("chat bot", "top 10", "hot line", "laptop", "RAM/ROM").
 */
export const LOANWORDS: ReadonlySet<string> = new Set(['chat', 'bot', 'top', 'hot', 'set', 'net', 'chip', 'cap', 'bit', 'lap', 'ram', 'rom', 'man']);
