// The clauses around a citation: its date ("ngày 23/4/2018"), subject ("về …"), alias ("(sau đây gọi tắt là …)").
import type { CalendarDate } from '../../model/facts.js';
import { parseCalendarDate } from '../dates.js';
import { ALIAS, ALIAS_BEFORE, DATE_AFTER, LIST_NEXT, SUBJECT_LEAD } from './patterns.js';
import { LETTER_OR_DIGIT } from '../../text/pattern.js';

/** The issue date right after a number at `at` ("ngày 23 tháng 4 năm 2018", ", ban hành ngày 23/4/2018"), with its end. */
export function dateAfter(text: string, at: number, base: number): { date: CalendarDate; end: number } | null {
  const dm = DATE_AFTER.exec(text.slice(at, at + 60));
  if (!dm || !dm[1]) return null;
  const dStart = at + dm[0].length - dm[1].length;
  const date = parseCalendarDate(dm[1], base + dStart);
  return date ? { date, end: at + dm[0].length } : null;
}

/** Subject after the citation: "về …" or a verb phrase, to ";", a sentence end, or the next listed citation. */
export function parseSubject(text: string, at: number): { subject: string | null; end: number } {
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
    if (c === '.' && !LETTER_OR_DIGIT.test(text[e + 1] ?? ' ') && !/^\.\.\./u.test(text.slice(e, e + 3))) break;
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

/** The short name a citation is given right after it ("(sau đây gọi tắt là Nghị định 61)"), null when none. */
export function aliasAfter(text: string, at: number): string | null {
  const am = ALIAS.exec(text.slice(at, at + 120));
  return am && am[1] ? am[1].trim() : null;
}

/** True when `start` opens the alias of an earlier citation ("(sau đây viết tắt là Chỉ thị số 09/CT-TTg)"): not a new citation. */
export function insideAlias(text: string, start: number): boolean {
  return ALIAS_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
