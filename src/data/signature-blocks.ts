// Signature blocks that fit an issuing body (Nghị định 30/2020/NĐ-CP Điều 13; Phụ lục I Phần II mục 7; DOMAIN §1.5),
// used by the signature rules to suggest a block and to know each head's deputy.
import type { Sourced } from './nd30.js';
import { pattern } from '../text/pattern.js';

export interface SignatureBlock extends Sourced {
  /** Matches the issuing body's name (capitals, spaces collapsed). */
  body: RegExp;
  /** The collective a TM. block names, for bodies that work collectively. */
  collective?: string;
  /** The head's office and the deputy's office that signs "KT." for the head. */
  head: string;
  deputy: string;
}

const SRC = 'Nghị định 30/2020/NĐ-CP Điều 13; Phụ lục I Phần II mục 7 (DOMAIN §1.5 [DL-VT] [TVPL-KY])';

/** Most specific first: a Sở under a province is a Sở, not the province's UBND. */
export const SIGNATURE_BLOCKS: readonly SignatureBlock[] = [
  { body: /(?:^|\s)SỞ\s/u, head: 'GIÁM ĐỐC', deputy: 'PHÓ GIÁM ĐỐC', source: SRC, confidence: 'likely' },
  { body: /(?:^|\s)VĂN PHÒNG\s/u, head: 'CHÁNH VĂN PHÒNG', deputy: 'PHÓ CHÁNH VĂN PHÒNG', source: SRC, confidence: 'likely' },
  { body: /(?:^|\s)CHI CỤC\s/u, head: 'CHI CỤC TRƯỞNG', deputy: 'PHÓ CHI CỤC TRƯỞNG', source: SRC, confidence: 'likely' },
  { body: /(?:^|\s)TỔNG CỤC\s/u, head: 'TỔNG CỤC TRƯỞNG', deputy: 'PHÓ TỔNG CỤC TRƯỞNG', source: SRC, confidence: 'likely' },
  { body: /(?:^|\s)CỤC\s/u, head: 'CỤC TRƯỞNG', deputy: 'PHÓ CỤC TRƯỞNG', source: SRC, confidence: 'likely' },
  { body: /(?:^|\s)BAN QUẢN LÝ\s/u, head: 'TRƯỞNG BAN', deputy: 'PHÓ TRƯỞNG BAN', source: SRC, confidence: 'likely' },
  { body: /(?:^|\s)TRƯỜNG\s/u, head: 'HIỆU TRƯỞNG', deputy: 'PHÓ HIỆU TRƯỞNG', source: SRC, confidence: 'likely' },
  { body: /^BỘ\s/u, head: 'BỘ TRƯỞNG', deputy: 'THỨ TRƯỞNG', source: SRC, confidence: 'certain' },
  {
    body: pattern(String.raw`^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)(?![\p{L}\p{N}])`, 'u'),
    collective: 'ỦY BAN NHÂN DÂN',
    head: 'CHỦ TỊCH',
    deputy: 'PHÓ CHỦ TỊCH',
    source: SRC,
    confidence: 'certain',
  },
  {
    body: pattern(String.raw`^(?:HỘI ĐỒNG NHÂN DÂN|HĐND)(?![\p{L}\p{N}])`, 'u'),
    collective: 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
    head: 'CHỦ TỊCH',
    deputy: 'PHÓ CHỦ TỊCH',
    source: SRC,
    confidence: 'likely',
  },
];

/** A head's deputy for offices whose deputy is not "PHÓ <head>" (a minister's deputy is a THỨ TRƯỞNG). */
export const DEPUTY_OF: Readonly<Record<string, string>> = { 'BỘ TRƯỞNG': 'THỨ TRƯỞNG' };

/** Forms of the authority prefix that Phụ lục I writes differently ("T/M." → "TM."). */
export const AUTHORITY_FORMS: readonly (Sourced & { pattern: RegExp; fixed: string })[] = [
  { pattern: /^T\s*\/\s*M(?:\s*\.)?|^T\.\s*M\s*\./u, fixed: 'TM.', source: SRC, confidence: 'certain' },
  { pattern: /^K\s*\/\s*T(?:\s*\.)?/u, fixed: 'KT.', source: SRC, confidence: 'certain' },
  { pattern: /^T\s*\/\s*L(?:\s*\.)?/u, fixed: 'TL.', source: SRC, confidence: 'certain' },
  { pattern: /^T\.U\.Q\s*\./u, fixed: 'TUQ.', source: SRC, confidence: 'certain' },
];

const norm = (s: string): string => s.replace(/\*/gu, '').replace(/\s+/gu, ' ').trim().toUpperCase();

/** The block that fits an issuing body, or null when the body is not known. */
export function signatureBlockFor(issuingBody: string | null | undefined): SignatureBlock | null {
  if (!issuingBody) return null;
  const body = norm(issuingBody);
  return SIGNATURE_BLOCKS.find((b) => b.body.test(body)) ?? null;
}

/** The suggested block as text: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / <Họ tên>". */
export function suggestedBlock(b: SignatureBlock | null, nameSlot: string): string {
  if (!b) return `KT. <CHỨC VỤ NGƯỜI ĐỨNG ĐẦU> / <CHỨC VỤ CẤP PHÓ> / ${nameSlot}`;
  return [b.collective ? `TM. ${b.collective}` : null, `KT. ${b.head}`, b.deputy, nameSlot].filter(Boolean).join(' / ');
}
