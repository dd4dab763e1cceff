// Kỹ thuật trình bày (Nghị định 30/2020/NĐ-CP, Phụ lục I) as data: sizes, capitals, bold and italics of each
// element, body text layout, page setup. Each entry carries its source and the confidence DOMAIN.md §1.4/§1.6
// gives it: a 'certain' requirement yields a warning, a 'likely' one an info, an 'unsure' one nothing.
import type { Confidence } from './nd30.js';

export interface Localized {
  vi: string;
  en: string;
}

/** The elements of a plan whose presentation Phụ lục I prescribes. */
export type ElementId =
  | 'nationalName'
  | 'motto'
  | 'parentBody'
  | 'issuingBody'
  | 'number'
  | 'placeDate'
  | 'documentType'
  | 'subject'
  | 'legalBasis'
  | 'signatureTitle'
  | 'signerName'
  | 'recipientsHeading'
  | 'recipients'
  | 'body';

export interface ElementStyle {
  element: ElementId;
  name: Localized;
  /** Font size range in points, inclusive. */
  size?: { min: number; max: number; confidence: Confidence };
  /** true: must be bold; false: must not be bold. */
  bold?: { value: boolean; confidence: Confidence };
  italic?: { value: boolean; confidence: Confidence };
  /** Written in capitals. */
  caps?: { value: true; confidence: Confidence };
  source: string;
}

const GH = 'NĐ 30/2020/NĐ-CP Phụ lục I';

export const ELEMENT_STYLES: readonly ElementStyle[] = [
  {
    element: 'nationalName',
    name: { vi: 'Quốc hiệu', en: 'national name' },
    size: { min: 12, max: 13, confidence: 'likely' },
    bold: { value: true, confidence: 'likely' },
    caps: { value: true, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.4: text certain, sizes likely) [GH-ND30F] [HTPL-118]`,
  },
  {
    element: 'motto',
    name: { vi: 'Tiêu ngữ', en: 'motto' },
    size: { min: 13, max: 14, confidence: 'likely' },
    bold: { value: true, confidence: 'likely' },
    source: `${GH} (DOMAIN §1.4, likely) [GH-ND30F]`,
  },
  {
    element: 'parentBody',
    name: { vi: 'tên cơ quan chủ quản', en: 'parent body' },
    bold: { value: false, confidence: 'likely' },
    caps: { value: true, confidence: 'likely' },
    source: `${GH} (DOMAIN §1.4: layout likely) [GH-ND30F] [DL-VT]`,
  },
  {
    element: 'issuingBody',
    name: { vi: 'tên cơ quan ban hành', en: 'issuing body' },
    bold: { value: true, confidence: 'likely' },
    caps: { value: true, confidence: 'likely' },
    source: `${GH} (DOMAIN §1.4: layout likely) [GH-ND30F] [DL-VT]`,
  },
  {
    element: 'number',
    name: { vi: 'số, ký hiệu', en: 'number and code' },
    size: { min: 13, max: 13, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.4, certain) [LVN-SO]`,
  },
  {
    element: 'placeDate',
    name: { vi: 'địa danh, ngày tháng năm', en: 'place and date' },
    size: { min: 13, max: 14, confidence: 'certain' },
    italic: { value: true, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.4, certain) [LVN-NGAY] [KTX-NGAY]`,
  },
  {
    element: 'documentType',
    name: { vi: 'tên loại văn bản', en: 'document type name' },
    size: { min: 13, max: 14, confidence: 'certain' },
    bold: { value: true, confidence: 'certain' },
    caps: { value: true, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.4, certain) [GH-ND30F]`,
  },
  {
    element: 'subject',
    name: { vi: 'trích yếu', en: 'subject' },
    size: { min: 13, max: 14, confidence: 'certain' },
    bold: { value: true, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.4, certain) [GH-ND30F]`,
  },
  {
    element: 'legalBasis',
    name: { vi: 'căn cứ ban hành', en: 'legal basis' },
    // DOMAIN §1.4 marks the rule certain for the căn cứ block of a document; in a plan the bases often open the
    // body as ordinary paragraphs (all seven real Word plans of the corpus set them upright), so its application to
    // a Kế hoạch is taken as likely: an info, not a warning.
    size: { min: 13, max: 14, confidence: 'likely' },
    italic: { value: true, confidence: 'likely' },
    source: `${GH} (DOMAIN §1.4: certain for the căn cứ block; likely as applied to a plan's opening bases) [LAWNET-ND] [GH-ND30F]`,
  },
  {
    element: 'signatureTitle',
    name: { vi: 'quyền hạn, chức vụ người ký', en: 'signing authority and office' },
    size: { min: 13, max: 14, confidence: 'certain' },
    bold: { value: true, confidence: 'certain' },
    caps: { value: true, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.4, certain) [TMVN-30] [DL-VT]`,
  },
  {
    element: 'signerName',
    name: { vi: 'họ tên người ký', en: 'signer\'s name' },
    size: { min: 13, max: 14, confidence: 'certain' },
    bold: { value: true, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.4, certain) [TMVN-30] [GH-ND30F]`,
  },
  {
    element: 'recipientsHeading',
    name: { vi: 'từ "Nơi nhận"', en: 'the word "Nơi nhận"' },
    size: { min: 12, max: 12, confidence: 'certain' },
    bold: { value: true, confidence: 'certain' },
    italic: { value: true, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.6, certain) [123-NOINHAN] [365-NOINHAN]`,
  },
  {
    element: 'recipients',
    name: { vi: 'danh sách nơi nhận', en: 'recipients list' },
    size: { min: 11, max: 11, confidence: 'likely' },
    italic: { value: false, confidence: 'likely' },
    source: `${GH} (DOMAIN §1.6, likely) [365-NOINHAN] [123-NOINHAN]`,
  },
  {
    element: 'body',
    name: { vi: 'nội dung văn bản', en: 'body text' },
    size: { min: 13, max: 14, confidence: 'certain' },
    source: `${GH} (DOMAIN §1.4, certain) [CVP] [GH-ND30F]`,
  },
];

export const styleOf = (e: ElementId): ElementStyle => ELEMENT_STYLES.find((s) => s.element === e) as ElementStyle;

/** Body paragraphs: justified, first-line indent 1 cm or 1.27 cm, ≥ 6 pt between paragraphs, line spacing single to 1.5 lines. */
export const BODY_LAYOUT = {
  align: 'justified',
  firstLineCm: { min: 1, max: 1.27, tolerance: 0.03 },
  minGapPt: 6,
  lineSpacing: { minLines: 1, maxLines: 1.5 },
  source: `${GH} (DOMAIN §1.4, certain) [CVP] [GH-ND30F]`,
  confidence: 'certain' as Confidence,
};

/** Paper: A4 (210 × 297 mm), portrait for the text (tables may be set on landscape pages). */
export const PAPER = {
  widthMm: 210,
  heightMm: 297,
  toleranceMm: 2,
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I (DOMAIN §1.4, certain) [TMVN-30] [GH-ND30F]',
  confidence: 'certain' as Confidence,
};

/** Margins in mm (top, bottom 20–25; left 30–35; right 15–20). */
export const MARGINS = {
  top: { min: 20, max: 25 },
  bottom: { min: 20, max: 25 },
  left: { min: 30, max: 35 },
  right: { min: 15, max: 20 },
  toleranceMm: 0.5,
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I (DOMAIN §1.4, likely) [GH-ND30F]',
  confidence: 'likely' as Confidence,
};

/** Font: Times New Roman, Unicode (TCVN 6909:2001). */
export const FONT = {
  family: 'Times New Roman',
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I (DOMAIN §1.4, certain) [TMVN-30] [GH-ND30F]',
  confidence: 'certain' as Confidence,
};

/** Page numbers: Arabic, 13–14 pt, centred in the top margin, not shown on the first page. */
export const PAGE_NUMBER = {
  size: { min: 13, max: 14 },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I (DOMAIN §1.4, certain) [TMVN-30] [GH-ND30F]',
  confidence: 'certain' as Confidence,
};

/**
 * The rule under the Tiêu ngữ: a solid horizontal line as long as the motto's line of text ("nét liền, có độ dài
 * bằng độ dài của dòng chữ"). Its length is judged only where the file gives both lengths (PDF), and only when it
 * is far off: a line drawn by hand is seldom exactly as long as the text.
 */
export const MOTTO_RULE = {
  lengthShare: { min: 0.6, max: 1.4 },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I (DOMAIN §1.4: Tiêu ngữ "solid rule under it, as long as the line", likely) [GH-ND30F]',
  confidence: 'likely' as Confidence,
};
