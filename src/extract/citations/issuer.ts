// Issuer resolution: the "của <cơ quan>" clause after a citation, matched against the known issuers, and the
// issuer a number's own code names.
import type { CitationNumber } from '../../model/facts.js';
import { correctedIssuerCode } from '../../data/document-number.js';
import { issuerByCode, issuerPhrases } from '../../data/issuers.js';
import { LOCALITY, OF } from './patterns.js';
import { LETTER_OR_DIGIT, pattern } from '../../text/pattern.js';

const ISSUER_PHRASES = issuerPhrases();

export interface IssuerHit {
  text: string;
  start: number;
  end: number;
  id: string | null;
}

/** "của Chính phủ" / "của UBND tỉnh Lạng Sơn" at `at` (relative offsets). */
export function parseIssuer(text: string, at: number): IssuerHit | null {
  const rest = text.slice(at, at + 160);
  const of = OF.exec(rest);
  if (!of) return null;
  const s = at + of[0].length;
  const after = text.slice(s, s + 140);
  const low = after.toLowerCase();
  for (const { phrase, issuer } of ISSUER_PHRASES) {
    const p = phrase.toLowerCase();
    if (!low.startsWith(p)) continue;
    const next = after[p.length];
    if (next !== undefined && LETTER_OR_DIGIT.test(next)) continue;
    let e = s + p.length;
    if (issuer.local) {
      const loc = LOCALITY.exec(text.slice(e, e + 80));
      if (loc) e += loc[0].length;
    }
    return { text: text.slice(s, e), start: s, end: e, id: issuer.id };
  }
  // Unknown issuer: capitalised words up to the subject or the end of the clause.
  const gen = pattern(String.raw`^[\p{Lu}][\p{L}\p{N}&]*(?:,?\s{1,2}(?!(?:về|ban hành|phê duyệt|hướng dẫn|quy định|sửa đổi|và|tại|theo|năm|ngày)(?![\p{L}]))[\p{L}\p{N}&]+){0,7}`, 'u').exec(after);
  if (!gen) return null;
  return { text: gen[0], start: s, end: s + gen[0].length, id: null };
}

/** The issuer a number's issuer code names ("CP" → chinh-phu), a known misspelling read as the right code. */
export function issuerIdOfNumber(n: CitationNumber | null): string | null {
  if (!n?.issuerCode) return null;
  return issuerByCode(correctedIssuerCode(n.typeCode, n.issuerCode))?.id ?? null;
}
