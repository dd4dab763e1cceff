// Legal and administrative citations: type word, number, date, issuer clause, subject, alias, key, malformations.
// The work is split by job under ./citations/: patterns (lexing), number parsing, the clauses after a number
// (date, subject, alias), issuer resolution, law names, and the citation key (over data/document-number.ts).
import type { Citation, CitationNumber, FactRole } from '../model/facts.js';
import { docTypeByCode, docTypeByWord } from '../data/doc-types.js';
import { execAll } from '../text/match.js';
import { fold, lowerFold, span } from './_shared.js';
import { aliasAfter, dateAfter, insideAlias, parseSubject } from './citations/clauses.js';
import { issuerIdOfNumber, parseIssuer } from './citations/issuer.js';
import { docTypeIdOf, keyOf } from './citations/key.js';
import { lawNameAt } from './citations/law-name.js';
import { parseNumber } from './citations/number.js';
import { BEFORE_NUMBER, LAW_WORD, LAW_YEAR, NUMBER, SHORT, SO_BEFORE } from './citations/patterns.js';

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
    const dated = dateAfter(text, end, base);
    let date = dated?.date ?? null;
    if (dated) end = dated.end;
    if (!date && lawYear) {
      date = { raw: String(lawYear), day: null, month: null, year: lawYear, iso: null, valid: true, span: span(base, numEnd, numEnd) };
    }
    const iss = parseIssuer(text, end);
    if (iss) end = iss.end;
    const subj = parseSubject(text, end);
    const alias = aliasAfter(text, subj.end);
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
      const y = LAW_YEAR.exec(text.slice(s + m[0].length, s + m[0].length + 20));
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
    const y = LAW_YEAR.exec(after);
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
