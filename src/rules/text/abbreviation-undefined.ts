// text/abbreviation-undefined: an abbreviation is written out in full the first time, before it is used alone.
import { defineRule } from '../../engine/define-rule.js';
import { knownAbbreviation } from '../../data/abbreviations.js';
import { numberSpan } from '../_citations.js';
import { inside } from '../_util.js';
import type { Section } from '../../model/plan.js';
import type { Span } from '../../model/span.js';
import { pattern } from '../../text/pattern.js';

/**
 * Names that are not abbreviations of the text: an enterprise's registered name ("Công ty TNHH MTV ACT",
 * "Công ty cổ phần … - BQP": the letters are part of the name, Luật Doanh nghiệp 2020 Điều 37–38), and the
 * code of a standard before its number ("TCVN 14423:2025", "QCVN 01:2021/BCT", "ISO 9001:2015").
 */
const COMPANY_LEAD = pattern(String.raw`(?:Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn|Chi\s+nhánh|Ngân\s+hàng|Hợp\s+tác\s+xã|Doanh\s+nghiệp\s+tư\s+nhân)(?![\p{L}\p{N}])[^,;:.()\n\t]{0,80}$`, 'iu');
const STANDARD_CODE = /^(?:TCVN|QCVN|TCN|ISO|IEC)$/u;
function inProperName(text: string, start: number, end: number, abbr: string): boolean {
  if (STANDARD_CODE.test(abbr) && /^\s*\d/u.test(text.slice(end, end + 4))) return true;
  return COMPANY_LEAD.test(text.slice(Math.max(0, start - 90), start));
}

/** A token that continues a document symbol written with a stray space: "27/NQ- TW", "45/TTr- SNV", "08/CT -TTg". */
const SYMBOL_BEFORE = pattern(String.raw`[\p{Lu}Đ][\p{L}Đ]{0,5}\s?[-/]\s?$`, 'u');
function inSymbolChain(text: string, start: number): boolean {
  return SYMBOL_BEFORE.test(text.slice(Math.max(0, start - 9), start)) && /\d\s?[-/]\s?[\p{Lu}Đ]/u.test(text.slice(Math.max(0, start - 20), start));
}

export default defineRule({
  id: 'text/abbreviation-undefined',
  meta: {
    defaultSeverity: 'info',
    description: {
      vi: 'Chữ viết tắt phải được viết đầy đủ kèm chữ viết tắt trong ngoặc ở lần dùng đầu tiên (trừ các chữ viết tắt thông dụng như UBND, HĐND).',
      en: 'An abbreviation must be spelled out, with the abbreviation in parentheses, at its first use (except standard ones such as UBND, HĐND).',
    },
    source: 'Drafting practice; NĐ 30/2020/NĐ-CP Phụ lục I allows only common phrases of body names (UBND, HĐND) undefined (DOMAIN §1.4 [DL-VT]); style, hence info',
  },
  messages: {
    undefined: {
      vi: 'Chữ viết tắt "{abbr}" chưa được giải thích. Ở lần dùng đầu tiên viết đầy đủ, kèm "({abbr})".',
      en: 'Abbreviation "{abbr}" is never spelled out. At its first use write the full phrase followed by "({abbr})".',
    },
    beforeDefinition: {
      vi: 'Chữ viết tắt "{abbr}" được dùng trước khi giải thích (giải thích ở sau). Chuyển phần viết đầy đủ lên lần dùng đầu tiên.',
      en: 'Abbreviation "{abbr}" is used before it is spelled out (later). Move the full form to its first use.',
    },
  },
  examples: {
    valid: [{ code: 'Thực hiện cải cách thủ tục hành chính (TTHC) trên địa bàn. Rà soát TTHC nội bộ.' }],
    invalid: [{ code: 'Rà soát TTHC nội bộ thuộc thẩm quyền của UBND tỉnh.', note: 'TTHC never spelled out' }],
  },
  *check({ doc, facts, text }) {
    // Issuer and type codes inside a cited number ("45/TTr-SNV", "19-NQ/TW") are not abbreviations of the text,
    // nor are the words of a heading in capitals (a title cut by a hard wrap: "IV. KINH" / "PHÍ").
    const citationSpans = facts.citations.map((c) => c.span);
    const capsTitles: Span[] = [];
    const walk = (ss: readonly Section[]): void => {
      for (const s of ss) {
        if (s.titleSpan && !/\p{Ll}/u.test(s.title)) capsTitles.push(s.titleSpan);
        walk(s.children);
      }
    };
    walk(doc.sections);
    const firstDef = new Map<string, number>();
    for (const d of facts.abbreviations.definitions) {
      const at = firstDef.get(d.abbr);
      if (at === undefined || d.span.start < at) firstDef.set(d.abbr, d.span.start);
    }
    // "(PAR INDEX)" defines a two-word abbreviation whose words may be reported as separate uses.
    const partOfDefined = new Set([...firstDef.keys()].filter((a) => a.includes(' ')).flatMap((a) => a.split(/\s+/u)));
    const reported = new Set<string>();
    const uses = [...facts.abbreviations.uses].sort((a, b) => a.span.start - b.span.start);
    // Codes inside a cited number ("45/TTr- SNV", "92/2009/TT- BTC") are issuer codes, not abbreviations.
    const numbers = facts.citations.flatMap((c) => numberSpan(c) ?? []);
    for (const u of uses) {
      // Each abbreviation is judged once, at its first use that passes the tests below: later uses need no tests.
      if (reported.has(u.abbr)) continue;
      if (numbers.some((n) => u.span.start >= n.start && u.span.end <= n.end) || inside(u.span, citationSpans) || inside(u.span, capsTitles) || inSymbolChain(text, u.span.start)) continue;
      // Chemical formulas and codes with digits ("N2O", "CO2", "PM2") are not abbreviations to spell out.
      if (/\d/u.test(u.abbr) || inProperName(text, u.span.start, u.span.end, u.abbr)) continue;
      reported.add(u.abbr);
      // Standard abbreviations need no definition; an 'unsure' entry is given the benefit of the doubt.
      if (knownAbbreviation(u.abbr) || partOfDefined.has(u.abbr)) continue;
      const def = firstDef.get(u.abbr);
      if (def === undefined) yield { messageId: 'undefined', span: u.span, data: { abbr: u.abbr } };
      else if (def > u.span.start) yield { messageId: 'beforeDefinition', span: u.span, data: { abbr: u.abbr } };
    }
  },
});
