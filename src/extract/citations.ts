// Legal and administrative citations: type word, number, date, issuer clause, subject, alias, key, malformations.
import type { Citation, CitationNumber, FactRole } from '../model/facts.js';
import { allTypeWords, canonicalTypeCode, docTypeByCode, docTypeByWord, allTypeCodes } from '../data/doc-types.js';
import { ISSUER_VARIANTS, isPartyBodyCode, issuerByCode, issuerPhrases } from '../data/issuers.js';
import { execAll } from '../text/match.js';
import { fold, lowerFold, span } from './_shared.js';
import { parseCalendarDate } from './dates.js';

const CODE = String.raw`[A-ZĐÐ][A-Za-zĐđÐ0-9&]{0,24}`;
const SEP = String.raw`[-–]`;
/** A code after a hyphen with a space on one side ("TTr- SNV", "CT -TTg"): upper case (or TTg), so prose dashes stay out. */
const SPACED_CODE = String.raw`(?:TTg|[A-ZĐÐ][A-ZĐÐ0-9&]{1,24})(?![\p{L}\p{N}])`;
/** Hyphen between codes: glued, or spaced on one side only (" - " with spaces on both sides is a prose dash). */
const XSEP = String.raw`(?:${SEP}(?![ \t])|[ \t]${SEP}(?=${SPACED_CODE})|${SEP}[ \t](?=${SPACED_CODE}))`;
// serial + one of: Party "57-NQ/TW" (spaces tolerated), normative "30/2020/NĐ-CP" (glued or spaced issuer
// tolerated), administrative "184/KH-UBND" / công văn "82/SNV-CCHC". All repetitions are bounded.
const NUMBER = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\p{N}\/.,-])(?<serial>\d{1,5})(?:` +
    String.raw`(?<party>[ \t]{0,2}${SEP}[ \t]{0,2}${CODE}(?:\/|[ \t]\/(?![ \t])|\/[ \t])${CODE})` +
    String.raw`|(?<norm>\/(?:19|20)\d{2}\/${CODE}(?:${XSEP}${CODE}){0,4})(?<tail>[ \t]{1,3}${CODE}|[ \t]{0,3}\n[ \t]{0,3}${CODE})?` +
    String.raw`|(?<adm>\/${CODE}(?:${XSEP}${CODE}){1,4})(?<atail>[ \t]{1,3}${CODE})?` +
    String.raw`|(?<glued>\/${CODE})(?<gtail>[ \t]{1,3}${CODE})?` +
    String.raw`)(?![\p{L}\p{N}])`,
  'gu',
);
/** The same symbol written again right after the number: "19-NQ/TW NQ/TW", "76/NQ-CP NQ-CP". */
const DUP_SYMBOL = /^[ \t]{1,2}([A-ZĐ][A-Za-zĐđ]{0,5}[-/][A-ZĐ][A-Za-zĐđ0-9&]{0,24})(?![\p{L}\p{N}])/u;

const TYPE_WORDS = allTypeWords();
const TYPE_WORD_ALT = TYPE_WORDS.map((w) => w.replace(/\s+/gu, String.raw`\s{1,3}`)).join('|');
/** Type word (+ "số") right before a number. */
const BEFORE_NUMBER = new RegExp(String.raw`(?<![\p{L}])(${TYPE_WORD_ALT})(?:\s{1,3}(?:số|Số|SỐ))?\s{0,3}:?\s{0,2}$`, 'iu');
const SO_BEFORE = /(?<![\p{L}])(?:số|Số)\s{0,3}:?\s{0,2}$/u;
/** Short form "Nghị định 61", "Đề án 06": capitalised type word and a bare serial. */
const SHORT = new RegExp(
  String.raw`(?<![\p{L}])(?<word>${TYPE_WORDS.map((w) => w.replace(/\s+/gu, String.raw`\s{1,3}`)).join('|')})(?:\s{1,3}số)?\s{1,3}(?<serial>\d{1,4})(?![\p{L}\p{N}\/%]|[.,]\d|\s{0,2}[-–]\s{0,2}\d)`,
  'gu',
);
const LAW_WORD = /(?=[BLPH])(?<![\p{L}])(Bộ luật|Luật|Pháp lệnh|Hiến pháp)(?=\s)/gu;
const TYPE_CODES = allTypeCodes();
const ISSUER_PHRASES = issuerPhrases();

const ALIAS = /^\s{0,3}\((?:sau đây|dưới đây)\s{1,3}(?:gọi|viết)\s{1,3}tắt\s{1,3}(?:là\s{1,3})?["“]?([^()"”\n]{1,80}?)["”]?\)/iu;
const DATE_AFTER = /^\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?(ngày\s{1,3}\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}|(?:ngày\s{1,3})?(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}-\d{1,2}-\d{4}))(?![\p{N}/])/iu;
const OF = /^\s{0,3},?\s{0,3}của\s{1,3}/iu;
const LOCALITY = /^\s{1,3}(?:tỉnh|thành phố|huyện|xã|phường|TP\.?)(?:\s{1,3}[\p{Lu}][\p{L}]*(?:\s{1,3}[\p{Lu}][\p{L}]*){0,3})?/u;
const SUBJECT_LEAD = /^\s{0,3},?\s{0,3}(?:(về\s{1,3}(?:việc\s{1,3})?)|(?=(?:ban hành|phê duyệt|hướng dẫn|quy định|sửa đổi|bổ sung|thực hiện|triển khai)[\s,]))/iu;
const LIST_NEXT = new RegExp(String.raw`^(?:\s{0,3}[,;]|\s{1,3}và)\s{1,3}(?:${TYPE_WORD_ALT})(?:\s{1,3}số)?\s{1,3}\d`, 'iu');

/** Abbreviations expanded in law names before keying ("Luật ban hành VBQPPL" = "Luật Ban hành văn bản quy phạm pháp luật"). */
const NAME_EXPAND: readonly [RegExp, string][] = [
  [/\bvbqppl\b/gu, 'văn bản quy phạm pháp luật'],
  [/\bqppl\b/gu, 'quy phạm pháp luật'],
  [/\bcqđp\b/gu, 'chính quyền địa phương'],
  [/\bnsnn\b/gu, 'ngân sách nhà nước'],
];

/**
 * Canonical citation key. Equal keys mean the same document.
 *
 * Format: `<prefix>:<number>` where `<prefix>` is the ASCII key prefix of the document type
 * (src/data/doc-types: nd, qd, nq, tt, kh, ct, cv …; taken from the number's type code, else from the
 * type word) and `<number>` is the number in lower case with Ð folded to đ, spaces removed, glued or
 * spaced codes re-joined with "-", a missing stroke restored on known type codes (ND → nđ) and leading
 * zeros of the serial dropped: "Nghị định số 61/2018/NĐ-CP" → `nd:61/2018/nđ-cp`, "Nghị quyết 57- NQ/TW"
 * → `nq:57-nq/tw`, "Chỉ thị số 09/CT-TTg" → `ct:9/ct-ttg`, short form "Nghị định 61" → `nd:61`.
 * Laws cited by name: `<prefix>:<name>@<year>` with the name lower-cased and abbreviations expanded:
 * "Luật Ban hành văn bản quy phạm pháp luật năm 2015" → `luat:ban hành văn bản quy phạm pháp luật@2015`
 * (no "@year" when none is given).
 *
 * Accepts a Citation-like object or a raw number string ("61/2018/NĐ-CP", optional type word before it:
 * "Nghị định 61/2018/ND-CP"), so rule data can be written as text.
 */
export function citationKey(
  c: string | { number: CitationNumber | null; typeWord: string | null; lawName: string | null; date: { year: number | null } | null },
): string {
  if (typeof c === 'string') {
    // Registry data may be written in lower case ("nghị định 61/2018/nđ-cp"): retry upper-cased.
    const found = findCitations(c, 0, 'body')[0] ?? findCitations(c.toUpperCase(), 0, 'body')[0];
    if (found) return found.key;
    return `vb:${lowerFold(c).replace(/\s+/gu, '')}`;
  }
  return keyOf(c.number, c.typeWord, c.lawName, c.date?.year ?? null);
}

function prefixOf(number: CitationNumber | null, typeWord: string | null): string {
  if (number?.form === 'official-letter') return 'cv';
  const byCode = number?.typeCode ? docTypeByCode(number.typeCode) : null;
  if (byCode) return byCode.keyPrefix;
  const byWord = typeWord ? docTypeByWord(typeWord) : null;
  if (byWord) return byWord.keyPrefix;
  if (number?.form === 'law') return 'luat';
  return 'vb';
}

function canonicalNumber(n: CitationNumber): string {
  const serial = (n.serial ?? '').replace(/^0+(?=\d)/u, '');
  const low = (s: string | null): string => fold(s ?? '').toLowerCase();
  switch (n.form) {
    case 'party':
      return `${serial}-${low(n.typeCode)}/${low(n.issuerCode)}`;
    case 'law':
      return `${serial}/${n.year ?? ''}/${low(n.issuerCode)}`;
    case 'normative':
      return `${serial}/${n.year ?? ''}/${[n.typeCode, n.issuerCode].filter(Boolean).map(low).join('-')}`;
    case 'administrative': {
      // "60/NQ-TW" is the Party document "60-NQ/TW" written with a slash: the same document.
      if (n.issuerCode && isPartyBodyCode(n.issuerCode)) return `${serial}-${low(n.typeCode)}/${low(n.issuerCode)}`;
      const variant = ISSUER_VARIANTS.find((v) => v.wrong === n.issuerCode && v.afterTypes.includes(n.typeCode ?? ''));
      return `${serial}/${[n.typeCode, variant ? variant.right : n.issuerCode].filter(Boolean).map(low).join('-')}`;
    }
    case 'official-letter':
      return `${serial}/${[n.issuerCode, n.unitCode].filter(Boolean).map(low).join('-')}`;
    case 'short':
      return serial;
  }
}

function keyOf(number: CitationNumber | null, typeWord: string | null, lawName: string | null, year: number | null): string {
  const prefix = prefixOf(number, typeWord);
  if (number) return `${prefix}:${canonicalNumber(number)}`;
  let name = lowerFold(lawName ?? '');
  for (const [re, out] of NAME_EXPAND) name = name.replace(re, out);
  name = name.replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/gu, ' ').trim();
  return `${prefix}:${name}${year ? `@${year}` : ''}`;
}

/** Splits a glued code "NĐCP" / "NQHĐND" into a known type code and the rest. */
function splitGlued(code: string): [string, string] | null {
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

interface ParsedNumber {
  number: CitationNumber;
  malformed: string[];
  end: number;
}

/** Interprets one NUMBER match in `text`. Returns null when it is not a document number after all. */
function parseNumber(m: RegExpMatchArray, text: string): ParsedNumber | null {
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
  const knownIssuer = (c: string): boolean => issuerByCode(c) !== null || isPartyBodyCode(c);

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
      const split = splitGlued(first);
      if (split) {
        codes = [split[0], split[1]];
        malformed.push('missing-hyphen');
      }
    }
    const typeRaw = codes[0] ?? '';
    const typeCode = canonicalTypeCode(typeRaw);
    if (typeCode && typeCode !== fold(typeRaw) && typeCode.toUpperCase().replace(/Đ/gu, 'D') === typeRaw.toUpperCase()) {
      malformed.push('missing-d-stroke');
    }
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
      const split = splitGlued(codes[0] ?? '');
      if (!split) return null;
      codes = [split[0], split[1]];
      malformed.push('missing-hyphen');
    }
    const first = codes[0] ?? '';
    const typeCode = canonicalTypeCode(first);
    if (!typeCode) {
      return mk({ serial, year: null, typeCode: null, issuerCode: fold(first), unitCode: fold(codes.slice(1).join('-')), form: 'official-letter' }, raw);
    }
    if (typeCode !== fold(first) && typeCode.toUpperCase().replace(/Đ/gu, 'D') === first.toUpperCase()) malformed.push('missing-d-stroke');
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

/** "NQ/TW" → "NQ/TW", "nq - cp" → "NQ-CP": upper case, Đ/D folded, spaces removed, for comparing symbols. */
function foldSymbol(s: string): string {
  return fold(s).toUpperCase().replace(/Đ/gu, 'D').replace(/[\s]/gu, '').replace(/–/gu, '-');
}

interface IssuerHit {
  text: string;
  start: number;
  end: number;
  id: string | null;
}

/** "của Chính phủ" / "của UBND tỉnh Lạng Sơn" at `at` (relative offsets). */
function parseIssuer(text: string, at: number): IssuerHit | null {
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
    if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) continue;
    let e = s + p.length;
    if (issuer.local) {
      const loc = LOCALITY.exec(text.slice(e, e + 80));
      if (loc) e += loc[0].length;
    }
    return { text: text.slice(s, e), start: s, end: e, id: issuer.id };
  }
  // Unknown issuer: capitalised words up to the subject or the end of the clause.
  const gen = /^[\p{Lu}][\p{L}\p{N}&]*(?:,?\s{1,2}(?!(?:về|ban hành|phê duyệt|hướng dẫn|quy định|sửa đổi|và|tại|theo|năm|ngày)(?![\p{L}]))[\p{L}\p{N}&]+){0,7}/u.exec(after);
  if (!gen) return null;
  return { text: gen[0], start: s, end: s + gen[0].length, id: null };
}

/** Subject after the citation: "về …" or a verb phrase, to ";", a sentence end, or the next listed citation. */
function parseSubject(text: string, at: number): { subject: string | null; end: number } {
  const lead = SUBJECT_LEAD.exec(text.slice(at, at + 40));
  if (!lead) return { subject: null, end: at };
  const s = at + lead[0].length;
  let e = s;
  let depth = 0;
  const limit = Math.min(text.length, s + 400);
  while (e < limit) {
    const c = text[e] ?? '';
    if (c === '\n' || c === '\t' || c === ';' || c === ':' || c === '<') break;
    if (c === '(') {
      if (/^\((?:sau đây|dưới đây)/iu.test(text.slice(e, e + 12))) break;
      depth += 1;
    }
    if (c === ')') {
      if (depth === 0) break;
      depth -= 1;
    }
    if (c === '.' && !/[\p{L}\p{N}]/u.test(text[e + 1] ?? ' ') && !/^\.\.\./u.test(text.slice(e, e + 3))) break;
    if ((c === ',' || c === ' ') && LIST_NEXT.test(text.slice(e, e + 40))) break;
    // "… trong giải quyết TTHC và các văn bản …": "và các/những" opens another object of the main verb.
    if (c === ' ' && /^ và (?:các|những) /u.test(text.slice(e, e + 12))) break;
    // ", Sở Dân tộc và Tôn giáo ban hành …": a capitalised word after a comma starts a new clause.
    if (c === ',' && /^,\s{1,2}[\p{Lu}]/u.test(text.slice(e, e + 4))) break;
    e += 1;
  }
  const subject = text.slice(s, e).replace(/[\s,]+$/u, '');
  return { subject: subject.length > 0 ? subject : null, end: s + subject.length };
}

function lawNameAt(text: string, at: number): { name: string; end: number } | null {
  // A law name: words after "Luật", up to a date, a number, a clause end or a linking word.
  const STOP = /^(?:năm|ngày|số|và|được|của|theo|tại|đã|để|thì|về|này|trong|do|hiện|có|đối|với|khi|nhằm|cho|là|sau)$/iu;
  let i = at;
  let words = 0;
  let commas = 0;
  let end = at;
  const amend = /^\s{1,3}(?:Sửa đổi|sửa đổi),\s{1,3}bổ sung(?:\s{1,3}một số điều)?(?:\s{1,3}của(?:\s{1,3}các)?)?(?=\s)/u.exec(text.slice(at, at + 60));
  if (amend) {
    i = at + amend[0].length;
    end = i;
    words = 1;
  }
  while (words < 14) {
    // "Luật Cán bộ, công chức", "Luật Phòng, chống ma túy": one comma inside the name, before a lower-case word.
    const m = /^(?:,(?=\s{1,2}[\p{Ll}]))?\s{1,2}([\p{L}\p{N}&]+)/u.exec(text.slice(i, i + 40));
    if (!m || !m[1]) break;
    if (m[0].startsWith(',') && (commas++ > 0 || words > 3 || /^(?:các|những)$/u.test(m[1]))) break;
    if (STOP.test(m[1]) && !(amend && words === 1 && /^của$/iu.test(m[1]))) break;
    i += m[0].length;
    end = i;
    words += 1;
  }
  if (end === at) return null;
  return { name: text.slice(at, end).trim(), end };
}

function docTypeIdOf(typeWord: string | null, number: CitationNumber | null): string | null {
  const byCode = number?.typeCode ? docTypeByCode(number.typeCode) : null;
  if (byCode) return byCode.id;
  if (number?.form === 'official-letter') return 'cong-van';
  const byWord = typeWord ? docTypeByWord(typeWord) : null;
  if (byWord) return byWord.id;
  if (number?.form === 'law') return 'luat';
  return null;
}

/**
 * Every citation in `text`: numbered ("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về …"),
 * Party ("Nghị quyết số 18-NQ/TW"), short ("Nghị định 61", "Đề án 06"), laws by name and year
 * ("Luật Ban hành văn bản quy phạm pháp luật năm 2015"). Malformed numbers are kept and flagged.
 * Spans cover the type word through the issuer clause; the subject is reported separately.
 */
export function findCitations(source: string, base: number, role: FactRole): Citation[] {
  // Ð (U+00D0) → Đ keeps every offset: fold once so codes like "NÐ-CP" read as "NĐ-CP".
  const text = fold(source);
  const out: Citation[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);

  const finish = (
    start: number,
    numEnd: number,
    typeWord: string | null,
    number: CitationNumber | null,
    malformed: string[],
    lawName: string | null,
    lawYear: number | null,
  ): Citation => {
    let end = numEnd;
    let date = null;
    const dm = DATE_AFTER.exec(text.slice(end, end + 60));
    if (dm && dm[1]) {
      const dStart = end + dm[0].length - dm[1].length;
      date = parseCalendarDate(dm[1], base + dStart);
      if (date) end += dm[0].length;
    }
    if (!date && lawYear) {
      date = { raw: String(lawYear), day: null, month: null, year: lawYear, iso: null, valid: true, span: span(base, numEnd, numEnd) };
    }
    const iss = parseIssuer(text, end);
    if (iss) end = iss.end;
    const subj = parseSubject(text, end);
    let alias: string | null = null;
    const am = ALIAS.exec(text.slice(subj.end, subj.end + 120));
    if (am && am[1]) alias = am[1].trim();
    if (typeWord && number && number.typeCode) {
      const byWord = docTypeByWord(typeWord);
      const byCode = docTypeByCode(number.typeCode);
      if (byWord && byCode && byWord.id !== byCode.id) malformed.push('type-word-mismatch');
    }
    const c: Citation = {
      text: text.slice(start, end),
      span: span(base, start, end),
      typeWord,
      docType: docTypeIdOf(typeWord, number),
      number,
      date,
      issuer: iss ? { text: iss.text, span: span(base, iss.start, iss.end) } : null,
      issuerId: iss?.id ?? issuerIdOfNumber(number),
      subject: subj.subject,
      lawName,
      key: keyOf(number, typeWord, lawName, number ? null : lawYear ?? date?.year ?? null),
      role,
      malformed: [...new Set(malformed)],
      alias,
    };
    taken.push([start, end]);
    return c;
  };

  // Numbered and short citations need a digit; most pieces of a plan have none.
  const hasDigit = /\d/u.test(text);

  // 1. Numbered citations.
  for (const m of hasDigit ? execAll(NUMBER, text) : []) {
    const p = parseNumber(m, text);
    if (!p) continue;
    const ns = m.index ?? 0;
    const before = text.slice(Math.max(0, ns - 40), ns);
    const tw = BEFORE_NUMBER.exec(before);
    let start = ns;
    let typeWord: string | null = null;
    if (tw && tw[1]) {
      typeWord = tw[1].replace(/\s+/gu, ' ');
      start = ns - tw[0].length;
    } else {
      const so = SO_BEFORE.exec(before);
      if (so) start = ns - so[0].length;
    }
    if (p.number.form === 'party' && p.number.typeCode === null) {
      // A Party number without its type ("03/TU") is a citation only after a type word that has a code.
      const code = typeWord ? docTypeByWord(typeWord)?.code ?? null : null;
      if (!code) continue;
      p.number.typeCode = code;
    }
    if (insideAlias(text, start)) continue;
    out.push(finish(start, p.end, typeWord, p.number, p.malformed, null, null));
  }

  // 2. Laws by name ("Luật Tổ chức Chính phủ số 63/2025/QH15" merges into the numbered citation).
  for (const m of execAll(LAW_WORD, text)) {
    const s = m.index ?? 0;
    if (overlaps(s, s + m[0].length)) continue;
    const ln = lawNameAt(text, s + m[0].length);
    if (!ln) {
      const y = /^\s{1,3}năm\s{1,3}(\d{4})(?!\d)/u.exec(text.slice(s + m[0].length, s + m[0].length + 20));
      if (m[1] === 'Hiến pháp' && y) {
        out.push(finish(s, s + m[0].length + y[0].length, m[1], null, [], '', Number(y[1])));
      }
      continue;
    }
    const after = text.slice(ln.end, ln.end + 30);
    const num = /^\s{1,3}số\s{1,3}/u.exec(after);
    if (num) {
      const numAt = ln.end + num[0].length;
      const target = out.find((c) => c.span.start - base >= ln.end && c.span.start - base <= numAt && c.number);
      if (target && !target.typeWord) {
        target.typeWord = m[1] ?? null;
        target.lawName = ln.name;
        target.docType = docTypeIdOf(target.typeWord, target.number);
        target.text = text.slice(s, target.span.end - base);
        target.span = span(base, s, target.span.end - base);
        target.key = keyOf(target.number, target.typeWord, null, null);
        continue;
      }
    }
    const y = /^\s{1,3}năm\s{1,3}(\d{4})(?!\d)/u.exec(after);
    const end = y ? ln.end + y[0].length : ln.end;
    out.push(finish(s, end, m[1] ?? null, null, [], ln.name, y ? Number(y[1]) : null));
  }

  // 3. Short forms "Nghị định 61", "Đề án 06".
  for (const m of hasDigit ? execAll(SHORT, text) : []) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    const word = m.groups?.['word'] ?? '';
    const serial = m.groups?.['serial'] ?? '';
    if (!/^[\p{Lu}]/u.test(word) || overlaps(s, e)) continue;
    // A bare year ("Kế hoạch 2025") is not a document number.
    if (/^(?:19|20)\d{2}$/u.test(serial)) continue;
    const number: CitationNumber = { raw: serial, serial, year: null, typeCode: null, issuerCode: null, unitCode: null, form: 'short' };
    out.push(finish(s, e, word.replace(/\s+/gu, ' '), number, [], null, null));
  }

  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

function issuerIdOfNumber(n: CitationNumber | null): string | null {
  if (!n?.issuerCode) return null;
  const variant = ISSUER_VARIANTS.find((v) => v.wrong === n.issuerCode && v.afterTypes.includes(n.typeCode ?? ''));
  return issuerByCode(variant ? variant.right : n.issuerCode)?.id ?? null;
}

const ALIAS_BEFORE = /\((?:sau đây|dưới đây)\s{1,3}(?:gọi|viết)\s{1,3}tắt\s{1,3}(?:là\s{1,3})?["“]?$/iu;

/** True when `start` opens the alias of an earlier citation ("(sau đây viết tắt là Chỉ thị số 09/CT-TTg)"): not a new citation. */
function insideAlias(text: string, start: number): boolean {
  return ALIAS_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
