// Number parsing: one NUMBER match read into its parts (serial, year, type code, issuer, form), with the
// malformations found on the way ("NĐCP", "ND-CP", "TTr- SNV", "19-NQ/TW NQ/TW", "60/NQ-TW").
import type { CitationNumber } from '../../model/facts.js';
import { canonicalTypeCode, docTypeByCode } from '../../data/doc-types.js';
import { foldCode, splitGluedCode } from '../../data/document-number.js';
import { ISSUER_VARIANTS, isPartyBodyCode, issuerByCode } from '../../data/issuers.js';
import { fold } from '../_shared.js';
import { DUP_SYMBOL } from './patterns.js';

export interface ParsedNumber {
  number: CitationNumber;
  malformed: string[];
  end: number;
}

/** "NQ/TW" → "NQ/TW", "nq - cp" → "NQ-CP": upper case, Đ/D folded, spaces removed, for comparing symbols. */
function foldSymbol(s: string): string {
  return foldCode(s).replace(/[\s]/gu, '').replace(/–/gu, '-');
}

/** True when a type code lost the stroke on its Đ ("ND" for "NĐ"). */
function missingStroke(typeCode: string, written: string): boolean {
  return typeCode !== fold(written) && typeCode.toUpperCase().replace(/Đ/gu, 'D') === written.toUpperCase();
}

const knownIssuer = (c: string): boolean => issuerByCode(c) !== null || isPartyBodyCode(c);

/** Interprets one NUMBER match in `text`. Returns null when it is not a document number after all. */
export function parseNumber(m: RegExpMatchArray, text: string): ParsedNumber | null {
  const g = m.groups ?? {};
  const serial = g['serial'] ?? '';
  const start = m.index ?? 0;
  let raw = m[0];
  const malformed: string[] = [];
  const mk = (n: Omit<CitationNumber, 'raw'>, numText: string): ParsedNumber => {
    let t = numText;
    // "19-NQ/TW NQ/TW": the symbol written twice; the repeat belongs to the number (and to its fix).
    const dup = DUP_SYMBOL.exec(text.slice(start + t.length, start + t.length + 40));
    if (dup && dup[1] && n.typeCode && n.issuerCode) {
      const sym = foldSymbol(dup[1]);
      const own = foldSymbol(n.form === 'party' ? `${n.typeCode}/${n.issuerCode}` : `${n.typeCode}-${n.issuerCode}`);
      if (sym === own) {
        t += dup[0];
        malformed.push('doubled-symbol');
      }
    }
    return { number: { raw: fold(t), ...n }, malformed, end: start + t.length };
  };

  if (g['party'] !== undefined) {
    const pm = /^(\d+)\s*[-–]\s*([^/]+)\/(.+)$/u.exec(raw);
    if (!pm) return null;
    if (/\s/u.test(raw)) malformed.push('space-in-code');
    const typeCode = canonicalTypeCode((pm[2] ?? '').trim()) ?? fold((pm[2] ?? '').trim());
    return mk({ serial, year: null, typeCode, issuerCode: fold((pm[3] ?? '').trim()), unitCode: null, form: 'party' }, raw);
  }
  if (g['norm'] !== undefined) {
    let codes = (g['norm'].split('/')[2] ?? '').split(/[-–]/u).map((c) => c.trim());
    if (/[ \t]/u.test(g['norm'])) malformed.push('space-in-code');
    const year = Number(g['norm'].split('/')[1]);
    const tail = g['tail'];
    if (tail !== undefined) {
      const t = tail.trim();
      if (codes.length === 1 && docTypeByCode(codes[0] ?? '') && knownIssuer(t)) {
        codes = [codes[0] ?? '', t];
        malformed.push(tail.includes('\n') ? 'line-break-in-code' : 'space-in-code');
      } else raw = raw.slice(0, raw.length - tail.length);
    }
    const first = codes[0] ?? '';
    if (/^(?:UBTV)?QH\d{1,2}$/iu.test(first) && codes.length === 1) {
      return mk({ serial, year, typeCode: null, issuerCode: fold(first), unitCode: null, form: 'law' }, raw);
    }
    if (codes.length === 1) {
      const split = splitGluedCode(first);
      if (split) {
        codes = [split[0], split[1]];
        malformed.push('missing-hyphen');
      }
    }
    const typeRaw = codes[0] ?? '';
    const typeCode = canonicalTypeCode(typeRaw);
    if (typeCode && missingStroke(typeCode, typeRaw)) malformed.push('missing-d-stroke');
    return mk(
      { serial, year, typeCode: typeCode ?? fold(typeRaw), issuerCode: codes.length > 1 ? fold(codes.slice(1).join('-')) : null, unitCode: null, form: 'normative' },
      raw,
    );
  }
  if (g['adm'] !== undefined || g['glued'] !== undefined) {
    const body = g['adm'] ?? g['glued'] ?? '';
    let codes = body.slice(1).split(/[-–]/u).map((c) => c.trim());
    if (/[ \t]/u.test(body)) malformed.push('space-in-code');
    const tail = g['atail'] ?? g['gtail'];
    if (tail !== undefined) {
      const t = tail.trim();
      if (codes.length === 1 && docTypeByCode(codes[0] ?? '') && knownIssuer(t)) {
        codes = [codes[0] ?? '', t];
        malformed.push('space-in-code');
      } else raw = raw.slice(0, raw.length - tail.length);
    }
    if (codes.length === 1 && tail === undefined && isPartyBodyCode(codes[0] ?? '')) {
      // "Nghị quyết 03/TU": a Party document without its type code; the type word supplies it (findCitations).
      malformed.push('party-missing-type');
      return mk({ serial, year: null, typeCode: null, issuerCode: fold(codes[0] ?? ''), unitCode: null, form: 'party' }, raw);
    }
    if (codes.length === 1) {
      const split = splitGluedCode(codes[0] ?? '');
      if (!split) return null;
      codes = [split[0], split[1]];
      malformed.push('missing-hyphen');
    }
    const first = codes[0] ?? '';
    const typeCode = canonicalTypeCode(first);
    if (!typeCode) {
      return mk({ serial, year: null, typeCode: null, issuerCode: fold(first), unitCode: fold(codes.slice(1).join('-')), form: 'official-letter' }, raw);
    }
    if (missingStroke(typeCode, first)) malformed.push('missing-d-stroke');
    const issuerCode = fold(codes.slice(1).join('-'));
    for (const v of ISSUER_VARIANTS) {
      if (issuerCode === v.wrong && v.afterTypes.includes(typeCode)) malformed.push('issuer-misspelt');
    }
    if (docTypeByCode(typeCode)?.normative === 'always') malformed.push('missing-year');
    if (isPartyBodyCode(issuerCode)) malformed.push('party-with-slash');
    return mk({ serial, year: null, typeCode, issuerCode, unitCode: null, form: 'administrative' }, raw);
  }
  return null;
}
