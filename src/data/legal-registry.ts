// Registry of cited documents that were replaced, with the replacement and the date it took effect.
import type { Confidence } from './nd30.js';

export interface RegistryEntry {
  /** The replaced document's number as usually written ("61/2018/NĐ-CP"), or its name for laws cited by name. */
  number: string;
  title: string;
  /** Matches a law cited by name and year instead of number (NĐ 78/2025 Điều 68: Luật cited by name and year). */
  names?: readonly RegExp[];
  replacedBy: string;
  /** ISO date from which the old document is no longer the basis to cite. */
  effective: string;
  source: string;
  /** Only 'certain' and 'likely' entries produce findings. */
  confidence: Confidence;
  /** Citations the entry must match, and look-alikes it must not. Executed by tests. */
  examples: { match: string[]; noMatch: string[] };
}

export const LEGAL_REGISTRY: readonly RegistryEntry[] = [
  {
    number: '61/2018/NĐ-CP',
    title: 'Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC',
    replacedBy: 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025',
    effective: '2025-07-01',
    source: 'DOMAIN §3 [HTPL-118] [GB-118] [LD-118] [GH-118] (two secondary sources: effective 01/7/2025, replaces NĐ 61/2018)',
    confidence: 'likely',
    examples: { match: ['61/2018/NĐ-CP', '61/2018/ND-CP', '61/2018/NĐCP'], noMatch: ['61/2019/NĐ-CP', '161/2018/NĐ-CP'] },
  },
  {
    number: '107/2021/NĐ-CP',
    title: 'Nghị định 107/2021/NĐ-CP sửa đổi Nghị định 61/2018/NĐ-CP',
    replacedBy: 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025',
    effective: '2025-07-01',
    source: 'DOMAIN §3 [TT-107] [GH-118] (falls with NĐ 61/2018)',
    confidence: 'likely',
    examples: { match: ['107/2021/NĐ-CP'], noMatch: ['107/2020/NĐ-CP'] },
  },
  {
    number: '80/2015/QH13',
    title: 'Luật Ban hành văn bản quy phạm pháp luật năm 2015',
    names: [/^Luật Ban hành văn bản quy phạm pháp luật(?: năm| số 80\/2015\/QH13)? 2015\b/iu, /^Luật Ban hành văn bản quy phạm pháp luật năm 2015/iu],
    replacedBy: 'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15',
    effective: '2025-04-01',
    source: 'DOMAIN §3 [GH-LA] (quotes Luật 64/2025/QH15 Điều 71) [TH-128]',
    confidence: 'certain',
    examples: {
      match: ['80/2015/QH13', 'Luật Ban hành văn bản quy phạm pháp luật năm 2015'],
      noMatch: ['64/2025/QH15', 'Luật Ban hành văn bản quy phạm pháp luật năm 2025'],
    },
  },
  {
    number: '34/2016/NĐ-CP',
    title: 'Nghị định 34/2016/NĐ-CP quy định chi tiết Luật Ban hành VBQPPL',
    replacedBy: 'Nghị định số 78/2025/NĐ-CP ngày 01/4/2025',
    effective: '2025-04-01',
    source: 'DOMAIN §3 [LVA-78] [BT-78] [DCPL-79]',
    confidence: 'certain',
    examples: { match: ['34/2016/NĐ-CP'], noMatch: ['34/2017/NĐ-CP'] },
  },
  {
    number: '01/2011/TT-BNV',
    title: 'Thông tư 01/2011/TT-BNV hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính',
    replacedBy: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020',
    effective: '2020-03-05',
    source: 'DOMAIN §1.1, §3 [STDJ-30] [TINLAW]',
    confidence: 'likely',
    examples: { match: ['01/2011/TT-BNV'], noMatch: ['01/2012/TT-BNV'] },
  },
  {
    number: '11-HD/VPTW',
    title: 'Hướng dẫn 11-HD/VPTW về thể thức văn bản của Đảng',
    replacedBy: 'Hướng dẫn số 36-HD/VPTW ngày 03/4/2018',
    effective: '2018-04-03',
    source: 'DOMAIN §3 [PN-11] [TVPL-36]',
    confidence: 'likely',
    examples: { match: ['11-HD/VPTW'], noMatch: ['36-HD/VPTW'] },
  },
  {
    number: 'Luật Tổ chức chính quyền địa phương 2015',
    title: 'Luật Tổ chức chính quyền địa phương năm 2015',
    names: [/^Luật Tổ chức chính quyền địa phương(?: năm| ngày 19 tháng 6 năm| ngày 19\/6\/)? ?2015\b/iu],
    replacedBy: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
    effective: '2025-07-01',
    source: 'DOMAIN §3, §8 item 8 [TH-128] [GH-LUAT72]: effective date presumed, not read',
    confidence: 'unsure',
    examples: { match: ['Luật Tổ chức chính quyền địa phương năm 2015'], noMatch: ['Luật Tổ chức chính quyền địa phương năm 2025'] },
  },
  {
    number: '01/2018/TT-VPCP',
    title: 'Thông tư 01/2018/TT-VPCP hướng dẫn Nghị định 61/2018/NĐ-CP',
    replacedBy: 'Thông tư số 03/2025/TT-VPCP ngày 15/9/2025',
    effective: '2025-09-15',
    source: 'DOMAIN §3 [TH-128]: formal repeal unsure',
    confidence: 'unsure',
    examples: { match: ['01/2018/TT-VPCP'], noMatch: ['03/2025/TT-VPCP'] },
  },
];

/** Folds a document number for comparison: upper case, Ð→Đ, ND→NĐ, QD→QĐ, no spaces, hyphens or dots. */
export function foldNumber(raw: string): string {
  return raw
    .normalize('NFC')
    .toUpperCase()
    .replace(/\u00d0/gu, 'Đ')
    .replace(/[\s.\-–]/gu, '')
    .replace(/\/ND(?=CP)/gu, '/NĐ')
    .replace(/\/QD(?=[A-Z])/gu, '/QĐ');
}

/** True when `raw` (a number as cited) designates the entry's document. */
export function numberMatches(entryNumber: string, raw: string): boolean {
  return foldNumber(entryNumber) === foldNumber(raw);
}
