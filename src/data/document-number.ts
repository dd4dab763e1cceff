// The canonical key of a document number ("30/2020/NĐ-CP" → "30/2020/nđ-cp"): one spelling for every way a number
// is written (glued or spaced codes, a lost stroke on Đ, Ð for Đ, en-dash, case, leading zeros). The citation
// extractor keys what it parsed with `numberKey`; registry entries and rule data key their text with
// `documentNumberKey`; equal keys mean the same document.
import type { CitationNumber } from '../model/facts.js';
import { allTypeCodes, canonicalTypeCode } from './doc-types.js';
import { ISSUER_VARIANTS, isPartyBodyCode, issuerByCode } from './issuers.js';

/** The parts of a document number, as the citation extractor reads them (CitationNumber without `raw`). */
export type NumberParts = Omit<CitationNumber, 'raw'>;

const TYPE_CODES = allTypeCodes();

/** Upper-cased code with Ð→Đ and the Đ/D confusion folded ("nđ" → "ND"), for comparing codes and symbols only. */
export function foldCode(code: string): string {
  return code.normalize('NFC').toUpperCase().replace(/\u00d0/gu, 'Đ').replace(/Đ/gu, 'D');
}

/** Splits a glued code "NĐCP" / "NQHĐND" into a known type code and the rest, null when it is not one. */
export function splitGluedCode(code: string): [string, string] | null {
  const up = code.toUpperCase();
  for (const t of TYPE_CODES) {
    const tu = t.toUpperCase();
    for (const cand of [tu, tu.replace(/Đ/gu, 'D')]) {
      if (up.startsWith(cand) && up.length > cand.length) {
        const rest = code.slice(cand.length);
        if (issuerByCode(rest) || /^[A-ZĐ]{2,}/u.test(rest)) return [code.slice(0, cand.length), rest];
      }
    }
  }
  return null;
}

/** The issuer code a number really means: a known misspelling after its type code ("QĐ-TT") read as the right one ("TTg"). */
export function correctedIssuerCode(typeCode: string | null, issuerCode: string): string {
  const variant = ISSUER_VARIANTS.find((v) => v.wrong === issuerCode && v.afterTypes.includes(typeCode ?? ''));
  return variant ? variant.right : issuerCode;
}

const lower = (s: string | null): string => (s ?? '').replace(/\u00d0/gu, 'Đ').toLowerCase();

/**
 * Canonical key of a parsed document number: lower case, Ð→Đ, codes joined with "-", the serial's leading
 * zeros dropped; a Party body written after a slash ("60/NQ-TW") keyed as the Party form ("60-nq/tw"); a known
 * issuer misspelling keyed as the right code. "61/2018/NĐ-CP" → "61/2018/nđ-cp", "57-NQ/TW" → "57-nq/tw",
 * "09/CT-TTg" → "9/ct-ttg", short "61" → "61".
 */
export function numberKey(n: NumberParts): string {
  const serial = (n.serial ?? '').replace(/^0+(?=\d)/u, '');
  switch (n.form) {
    case 'party':
      return n.typeCode === null ? `${serial}/${lower(n.issuerCode)}` : `${serial}-${lower(n.typeCode)}/${lower(n.issuerCode)}`;
    case 'law':
      return `${serial}/${n.year ?? ''}/${lower(n.issuerCode)}`;
    case 'normative':
      return `${serial}/${n.year ?? ''}/${[n.typeCode, n.issuerCode].filter(Boolean).map(lower).join('-')}`;
    case 'administrative': {
      // "60/NQ-TW" is the Party document "60-NQ/TW" written with a slash: the same document.
      if (n.issuerCode && isPartyBodyCode(n.issuerCode)) return `${serial}-${lower(n.typeCode)}/${lower(n.issuerCode)}`;
      const issuer = n.issuerCode === null ? null : correctedIssuerCode(n.typeCode, n.issuerCode);
      return `${serial}/${[n.typeCode, issuer].filter(Boolean).map(lower).join('-')}`;
    }
    case 'official-letter':
      return `${serial}/${[n.issuerCode, n.unitCode].filter(Boolean).map(lower).join('-')}`;
    case 'short':
      return serial;
  }
}

/**
 * Reads a document number written as text ("30/2020/NĐ-CP", "30/2020/ND CP", "57-NQ/TW", "184/KH-UBND", "61")
 * into its parts, whatever its case, spacing, dash or stroke; null when the text is not a document number.
 */
export function parseNumberText(raw: string): NumberParts | null {
  const s = raw.normalize('NFC').replace(/\u00d0/gu, 'Đ').toUpperCase().replace(/[–—]/gu, '-').replace(/\s+/gu, '');
  const base = { year: null, typeCode: null, issuerCode: null, unitCode: null } as const;
  const party = /^(\d{1,5})-([^/-]+)\/([^/]+)$/u.exec(s);
  if (party) {
    const [, serial = '', type = '', issuer = ''] = party;
    return { ...base, serial, typeCode: canonicalTypeCode(type) ?? type, issuerCode: issuer, form: 'party' };
  }
  const dated = /^(\d{1,5})\/((?:19|20)\d{2})\/([^/]+)$/u.exec(s);
  if (dated) {
    const [, serial = '', year = '', body = ''] = dated;
    let codes = body.split('-').filter(Boolean);
    if (codes.length === 1 && /^(?:UBTV)?QH\d{1,2}$/u.test(codes[0] ?? '')) {
      return { ...base, serial, year: Number(year), issuerCode: codes[0] ?? '', form: 'law' };
    }
    if (codes.length === 1) codes = splitGluedCode(codes[0] ?? '') ?? codes;
    const type = codes[0] ?? '';
    return {
      ...base, serial, year: Number(year), typeCode: canonicalTypeCode(type) ?? type,
      issuerCode: codes.length > 1 ? codes.slice(1).join('-') : null, form: 'normative',
    };
  }
  const undated = /^(\d{1,5})\/([^/]+)$/u.exec(s);
  if (undated) {
    const [, serial = '', body = ''] = undated;
    let codes = body.split('-').filter(Boolean);
    if (codes.length === 1 && isPartyBodyCode(codes[0] ?? '')) return { ...base, serial, issuerCode: codes[0] ?? '', form: 'party' };
    if (codes.length === 1) codes = splitGluedCode(codes[0] ?? '') ?? codes;
    const first = codes[0] ?? '';
    const typeCode = canonicalTypeCode(first);
    if (!typeCode) return { ...base, serial, issuerCode: first, unitCode: codes.length > 1 ? codes.slice(1).join('-') : null, form: 'official-letter' };
    return { ...base, serial, typeCode, issuerCode: codes.length > 1 ? codes.slice(1).join('-') : null, form: 'administrative' };
  }
  if (/^\d{1,5}$/u.test(s)) return { ...base, serial: s, form: 'short' };
  return null;
}

/**
 * The canonical key of a document number written as text: `numberKey` of its parts, so "30/2020/NĐ-CP",
 * "30/2020/NĐCP", "30/2020/ND-CP", "30/2020/nđ - cp" and "030/2020/NĐ–CP" all give "30/2020/nđ-cp". Text that is
 * not a number (a law's name) keys as itself in lower case without spaces.
 */
export function documentNumberKey(raw: string): string {
  let key = keys.get(raw);
  if (key === undefined) {
    const parts = parseNumberText(raw);
    key = parts ? numberKey(parts) : raw.normalize('NFC').replace(/\u00d0/gu, 'Đ').toLowerCase().replace(/\s+/gu, '');
    if (keys.size >= 4096) keys.clear(); // numbers read from documents must not pile up in a batch
    keys.set(raw, key);
  }
  return key;
}

/** Keys already computed: the registry's entries are keyed again for every citation they are compared with. */
const keys = new Map<string, string>();
