// Abbreviations: definitions ("cải cách hành chính (CCHC)", "(sau đây gọi tắt là …)") and uses.
import type { AbbreviationDefinition, AbbreviationUse } from '../model/facts.js';
import { romanToInt } from '../text/calendar.js';
import { execAll } from '../text/match.js';
import { ascii, span } from './_shared.js';
import { pattern } from '../text/pattern.js';

/** The word that ends a string, and the word that starts one (a capitalised run's neighbours). */
const WORD_BEFORE = pattern(String.raw`[\p{L}\p{M}&]+$`, 'u');
const WORD_AFTER = pattern(String.raw`^[\p{L}\p{M}&]+`, 'u');
const WORDS = pattern(String.raw`[\p{L}\p{N}]+`, 'gu');
const ONE_ACRONYM = pattern(String.raw`(?<![\p{L}\p{N}])[A-ZĐ][A-ZĐ&]{1,9}(?![\p{L}\p{N}])`, 'gu');

/** An abbreviation token: upper-case ASCII letters and Đ (digits, "&" inside), e.g. TTHC, HĐND, DTTS&MN, QH15. */
const TOKEN = pattern(String.raw`(?=[A-ZĐ])(?<![\p{L}\p{N}&/-])([A-ZĐ](?:[A-ZĐ&]|[0-9](?=[A-ZĐ0-9]*(?![\p{L}])))*[A-ZĐ0-9])(?![\p{L}\p{N}&]|[-/][\p{L}\p{N}])`, 'gu');
const PAREN = /\(([A-ZĐ][A-ZĐ&0-9]{1,9}(?:\s[A-ZĐ]{2,9})?(?:,\s{0,2}[A-ZĐ][A-ZĐ&0-9]{1,9}){0,3})\)/gu;
// Parentheses of 2–6 words, one of them an acronym, e.g. "(PAR Index)", "(Chương trình MTQG)", "(Free Trade Zone / FTZ)".
const NAMED_PAREN = pattern(String.raw`\(((?:[\p{L}\p{N}&]+[ /]{1,3}){1,5}[\p{L}\p{N}&]+)\)`, 'gu');
const ALIAS = /\((?:sau đây|dưới đây)?\s{0,3}(?:gọi|viết)\s{1,3}tắt\s{1,3}(?:là\s{1,3})?["“]?([^()"”\n]{1,60}?)["”]?\)/giu;

function initialsMatch(words: string[], letters: string): number {
  // Walk back over words (punctuation already dropped), each word giving its first letter; "&" is skipped.
  const target = ascii(letters).toUpperCase().replace(/[^A-Z0-9]/gu, '');
  let li = target.length - 1;
  let wi = words.length - 1;
  let used = 0;
  while (li >= 0 && wi >= 0) {
    const w = ascii(words[wi] ?? '').toUpperCase();
    if (w === '' || w[0] !== target[li]) return 0;
    li -= 1;
    wi -= 1;
    used += 1;
  }
  return li < 0 ? used : 0;
}

const LETTER = pattern(String.raw`\p{L}`, 'u');
const UPPER = /\p{Lu}/u;
/** 0 not a letter, 1 letter, 2 upper-case letter; memoised per code point outside ASCII. */
const letterClass = new Map<number, 0 | 1 | 2>();
function classOf(cp: number): 0 | 1 | 2 {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? 2 : cp >= 0x61 && cp <= 0x7a ? 1 : 0;
  let c = letterClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = UPPER.test(ch) ? 2 : LETTER.test(ch) ? 1 : 0;
    letterClass.set(cp, c);
  }
  return c;
}

/** A heading line: at least 8 letters, more than 60 % of them upper-case. `text` from `from` to `to`. */
function isHeading(text: string, from: number, to: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const c = classOf(cp);
    if (c) letters++;
    if (c === 2) upper++;
  }
  return letters >= 8 && upper / letters > 0.6;
}

/** "III. KINH", "**2. TỔ CHỨC": a list marker followed by capitals only (a heading, maybe hard-wrapped). */
const NUMBERED_CAPS = /^[\s*_]*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s*[*_]*\s*[\p{Lu}\p{M}]/u;
function isNumberedCapsHeading(line: string): boolean {
  return NUMBERED_CAPS.test(line) && !/\p{Ll}/u.test(line);
}

/** An all-capitals word (letters and marks): a heading word or an abbreviation. */
const CAPS_WORD = /^[\p{Lu}\p{M}&]+$/u;
/** A capitalised word with a letter no abbreviation has (a Vietnamese vowel with a mark: "PHÍ", "NỘI", "ỦY"). */
const VIET_CAPS = /[^A-ZĐ0-9&]/u;
const SEP_LEFT = /[ \t*_]{1,6}\n?[ \t*_]{0,6}$|\n[ \t*_]{0,6}$/u;
const SEP_RIGHT = /^(?:[ \t*_]{1,6}\n?[ \t*_]{0,6}|\n[ \t*_]{0,6})/u;

/**
 * Whether the token at [s, e) stands in a run of capitalised words that holds an ordinary Vietnamese word in
 * capitals: "III. KINH PHÍ", "II. NỘI DUNG", "TM. ỦY BAN", "KIỂM TRA THEO …" (a heading, title or signature
 * line, possibly hard-wrapped, with Markdown emphasis) — its words are not abbreviations.
 */
function inCapitalisedRun(text: string, s: number, e: number): boolean {
  // Left.
  let at = s;
  for (let k = 0; k < 8; k++) {
    const sep = SEP_LEFT.exec(text.slice(Math.max(0, at - 14), at));
    if (!sep) break;
    const end = at - sep[0].length;
    const w = WORD_BEFORE.exec(text.slice(Math.max(0, end - 20), end));
    if (!w || !CAPS_WORD.test(w[0])) break;
    if (VIET_CAPS.test(w[0])) return true;
    at = end - w[0].length;
  }
  // Right.
  at = e;
  for (let k = 0; k < 8; k++) {
    const sep = SEP_RIGHT.exec(text.slice(at, at + 14));
    if (!sep) break;
    const from = at + sep[0].length;
    const w = WORD_AFTER.exec(text.slice(from, from + 20));
    if (!w || !CAPS_WORD.test(w[0])) break;
    if (VIET_CAPS.test(w[0])) return true;
    at = from + w[0].length;
  }
  return false;
}

/** How far before a "(" the words it may abbreviate are looked for (the longest reach below is 200 + 120). */
const LOOK_BACK = 400;

/**
 * Start of the line or tab-separated cell holding `at`, looked for at most `reach` characters back (beyond that,
 * where the look-back stops): a search to the start of a long line for every "(" would be quadratic.
 */
function lineStartWithin(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  const window = text.slice(from, at);
  return from + Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\t')) + 1;
}

/**
 * Abbreviation definitions and uses in `text`.
 * Definitions: "(CCHC)" after words whose initials spell it ("cải cách hành chính (CCHC)"; "(CBCC, NLĐ)"
 * defines both), an English or other acronym in parentheses after a phrase ("(PAR INDEX)", "(SIPAS)"),
 * and "(sau đây gọi tắt là X)". Uses: every upper-case token outside headings, runs of capitalised Vietnamese
 * words ("III. KINH PHÍ"), document numbers and Roman numerals (definitions themselves are not uses).
 * Mixed-case names of systems and apps (VNeID, iHanoi, eKYC) are never tokens.
 */
export function findAbbreviations(text: string, base: number): { definitions: AbbreviationDefinition[]; uses: AbbreviationUse[] } {
  const definitions: AbbreviationDefinition[] = [];
  const defSpans: [number, number][] = [];
  for (const m of execAll(PAREN, text)) {
    const ps = m.index ?? 0;
    const inner = m[1] ?? '';
    const parts = inner.split(/,\s{0,2}/u);
    const lineStart = lineStartWithin(text, ps, LOOK_BACK);
    const before = text.slice(Math.max(lineStart, ps - 200), ps);
    const wordRe = WORDS;
    const words = [...before.matchAll(wordRe)].map((w) => ({ w: w[0], at: Math.max(lineStart, ps - 200) + (w.index ?? 0) }));
    let pos = words.length;
    let ok = true;
    const found: { abbr: string; from: number; to: number }[] = [];
    for (let k = parts.length - 1; k >= 0; k--) {
      const abbr = (parts[k] ?? '').trim();
      const letters = abbr.replace(/\s+/gu, '');
      // "cải cách hành chính nhà nước (CCHC)": up to two trailing words may stand outside the initials.
      let n = 0;
      let skip = 0;
      const maxSkip = k === parts.length - 1 ? 2 : 0;
      for (; skip <= maxSkip && n === 0; skip++) n = initialsMatch(words.slice(0, pos - skip).map((x) => x.w), letters);
      skip -= 1;
      if (n === 0) {
        ok = false;
        // "lãnh đạo Ban, công chức, người lao động (CBCC, NLĐ)": a part whose initials do not match
        // takes the comma-separated chunk before the matched ones.
        if (found.length > 0) {
          const upto = found[0]?.from ?? ps;
          const chunk = /([^,;:.()\n\t]{2,80}),[\s]*$/u.exec(text.slice(Math.max(lineStart, upto - 120), upto));
          if (chunk?.[1]) {
            const from = upto - chunk[0].length;
            const lead = chunk[1].length - chunk[1].trimStart().length;
          found.unshift({ abbr, from: from + lead, to: from + chunk[1].trimEnd().length });
            ok = true;
          }
        }
        break;
      }
      const first = words[pos - skip - n];
      const last = words[pos - 1];
      if (!first || !last) {
        ok = false;
        break;
      }
      found.unshift({ abbr, from: first.at, to: last.at + last.w.length });
      pos -= n + skip;
    }
    if (ok && found.length > 0) {
      for (const f of found) {
        definitions.push({ abbr: f.abbr, expansion: text.slice(f.from, f.to), span: span(base, f.from, ps + m[0].length) });
      }
      defSpans.push([ps, ps + m[0].length]);
      continue;
    }
    // Non-initial acronyms (PAR INDEX, SIPAS, PAPI): a definition when a phrase of 2+ words precedes it on the clause.
    if (parts.length === 1 && /[\p{Ll}]/u.test(before.slice(-40))) {
      const clause = /([^,;:.()\n\t]{3,160})$/u.exec(before);
      const phrase = clause?.[1]?.trim() ?? '';
      if (phrase.split(/\s+/u).length >= 2) {
        const clean = phrase.replace(/^[\s\-–+•]+/u, '');
        const from = ps - before.length + before.lastIndexOf(clean);
        definitions.push({ abbr: inner, expansion: clean, span: span(base, from, ps + m[0].length) });
        defSpans.push([ps, ps + m[0].length]);
      }
    }
  }
  // A short name in parentheses that holds the acronym with other words: "Chỉ số cải cách hành chính (PAR Index)",
  // "… đến năm 2030 (Chương trình MTQG)", "khu thương mại tự do (Free Trade Zone / FTZ)".
  for (const m of execAll(NAMED_PAREN, text)) {
    const ps = m.index ?? 0;
    if (defSpans.some(([a, b]) => ps >= a && ps < b)) continue;
    const inner = m[1] ?? '';
    const tokens = inner.match(ONE_ACRONYM) ?? [];
    if (tokens.length !== 1) continue;
    const lineStart = lineStartWithin(text, ps, LOOK_BACK);
    const before = text.slice(Math.max(lineStart, ps - 200), ps);
    const clause = /([^,;:.()\n\t]{3,160})$/u.exec(before);
    const phrase = clause?.[1]?.trim() ?? '';
    if (phrase.split(/\s+/u).length < 2) continue;
    const from = ps - before.length + before.lastIndexOf(phrase);
    definitions.push({ abbr: tokens[0] as string, expansion: `${phrase} (${inner})`, span: span(base, from, ps + m[0].length) });
    defSpans.push([ps, ps + m[0].length]);
  }
  for (const m of execAll(ALIAS, text)) {
    const ps = m.index ?? 0;
    const abbr = (m[1] ?? '').trim();
    const before = text.slice(Math.max(0, ps - 200), ps);
    const clause = /([^;:.()\n\t]{3,200})$/u.exec(before);
    const phrase = clause?.[1]?.trim() ?? '';
    if (!phrase) continue;
    const from = ps - before.length + before.lastIndexOf(phrase);
    definitions.push({ abbr, expansion: phrase, span: span(base, from, ps + m[0].length) });
    defSpans.push([ps, ps + m[0].length]);
  }

  const uses: AbbreviationUse[] = [];
  // Tokens never span lines; each line is classified (heading or not) once, when a token is found on it.
  let lineStart = -1;
  let lineEnd = -1;
  let heading = false;
  for (const m of execAll(TOKEN, text)) {
    const s = m.index ?? 0;
    if (s >= lineEnd) {
      lineStart = text.lastIndexOf('\n', s) + 1;
      const nl = text.indexOf('\n', s);
      lineEnd = nl < 0 ? text.length : nl;
      heading = isHeading(text, lineStart, lineEnd) || isNumberedCapsHeading(text.slice(lineStart, lineEnd));
    }
    if (heading) continue;
    const tok = m[1] ?? '';
    if (romanToInt(tok) !== null || tok.length < 2) continue;
    if (defSpans.some(([a, b]) => s >= a && s < b)) continue;
    if (inCapitalisedRun(text, s, s + tok.length)) continue;
    uses.push({ abbr: tok, span: span(base, s, s + tok.length) });
  }
  definitions.sort((a, b) => a.span.start - b.span.start);
  return { definitions, uses };
}
