// Dates and time expressions: absolute dates, months, quarters, halves, years and ranges, each with a span.
import type { CalendarDate, DateFact, FactRole } from '../model/facts.js';
import { endOfMonth, isValidDate, quarterBounds, romanToInt, toIso } from '../text/calendar.js';
import { execAll } from '../text/match.js';
import { span } from './_shared.js';
import { pattern } from '../text/pattern.js';

/** One time expression found by the scanner, offsets relative to the scanned string. */
export interface TimeExpr {
  kind: DateFact['kind'];
  start: number;
  end: number;
  text: string;
  /** Inclusive ISO bounds; null when unknown (no year) or invalid. */
  from: string | null;
  to: string | null;
  valid: boolean;
  /** For kind 'date': the parsed parts. */
  day: number | null;
  month: number | null;
  year: number | null;
}

const D = String.raw`\d{1,2}`;
const Y = String.raw`(?:19|20|21)\d{2}`;
const DMY = String.raw`${D}\/${D}\/${Y}`;
const DMY_DASH = String.raw`${D}-${D}-${Y}`;
const LONG = String.raw`ngày\s{1,3}${D}\s{1,3}tháng\s{1,3}${D}\s{1,3}năm\s{1,3}${Y}`;
const ANY_DATE = String.raw`(?:${LONG}|${DMY}|${DMY_DASH})`;
const MONTH = String.raw`tháng\s{1,3}${D}\s{0,2}(?:\/\s{0,2}|năm\s{1,3})${Y}`;
const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}\/.,-])`;
const NOT_AFTER = String.raw`(?![\p{N}\/]|\.\d|,\d)`;

// One alternation, leftmost match wins; at one position the order below is the priority.
// Every repetition is bounded, so a hostile line is scanned in linear time. The leading lookahead names
// the first letters of every alternative (digit, từ, tháng, năm, ngày, quý, sáu), so most positions fail at once;
// every alternative starts where NOT_BEFORE holds, tested once.
const SCAN = pattern(
  String.raw`(?=\d|t[ừh]|n[ăg]|qu|sá)${NOT_BEFORE}(?:` +
  [
    String.raw`(?<range>từ\s{1,3}(?:(?:ngày\s{1,3})?${ANY_DATE}\s{1,3}(?:đến|tới)\s{1,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?${ANY_DATE}|${MONTH}\s{1,3}(?:đến|tới)\s{1,3}(?:hết\s{1,3})?${MONTH}|năm\s{1,3}${Y}\s{1,3}(?:đến|tới)\s{1,3}(?:hết\s{1,3})?năm\s{1,3}${Y})${NOT_AFTER}` +
      // "năm 2017 đến năm 2020" is a range even without "từ".
      String.raw`|năm\s{1,3}${Y}\s{1,3}(?:đến|tới)\s{1,3}(?:hết\s{1,3})?năm\s{1,3}${Y}${NOT_AFTER})`,
    String.raw`(?<long>${LONG}${NOT_AFTER})`,
    String.raw`(?<dmy>(?:${DMY}|${DMY_DASH})${NOT_AFTER})`,
    String.raw`(?<half>(?:0?6|sáu)\s{1,3}tháng\s{1,3}(?:đầu|cuối)\s{1,3}năm(?:\s{1,3}${Y})?(?![\p{L}\p{N}]))`,
    String.raw`(?<quarter>quý\s{1,3}(?:IV|I{1,3}|[1-4])(?![\p{L}\p{N}])(?:\s{0,2}(?:\/\s{0,2}|năm\s{1,3})${Y})?${NOT_AFTER})`,
    String.raw`(?<month>(?<!ngày\s{1,3})${MONTH}${NOT_AFTER})`,
    String.raw`(?<year>(?<!tháng\s{1,3}\d{1,2}\s{1,3})năm\s{1,3}${Y}(?![\p{N}])(?!\s{0,3}[-–]\s{0,3}\d))`,
  ].join('|') +
  ')',
  'giu',
);

const NUMS = /\d+/gu;

function nums(s: string): number[] {
  return execAll(NUMS, s).map((m) => Number(m[0]));
}

function dateParts(s: string): { day: number; month: number; year: number } | null {
  const n = nums(s);
  if (n.length < 3) return null;
  const [day, month, year] = n as [number, number, number];
  return { day, month, year };
}

function dateExpr(kind: 'date', s: string, start: number, end: number): TimeExpr | null {
  const p = dateParts(s);
  if (!p) return null;
  // "20/20/2020" is not a date at all; "31/4/2025" is a date that does not exist (kept, marked invalid).
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return null;
  const valid = isValidDate(p.year, p.month, p.day);
  const iso = valid ? toIso(p.year, p.month, p.day) : null;
  return { kind, start, end, text: s, from: iso, to: iso, valid, day: p.day, month: p.month, year: p.year };
}

function build(kind: string, s: string, start: number, end: number): TimeExpr | null {
  const base = { start, end, text: s, day: null, month: null, year: null };
  switch (kind) {
    case 'long':
    case 'dmy':
      return dateExpr('date', s, start, end);
    case 'month': {
      const [month, year] = nums(s) as [number, number];
      if (month < 1 || month > 12) return null;
      const valid = isValidDate(year, month, 1);
      return {
        ...base, kind: 'month', month, year, valid,
        from: valid ? toIso(year, month, 1) : null, to: valid ? endOfMonth(year, month) : null,
      };
    }
    case 'quarter': {
      const m = /quý\s+(IV|I{1,3}|[1-4])/iu.exec(s);
      const q = m ? (/^\d$/u.test(m[1] ?? '') ? Number(m[1]) : romanToInt(m[1] ?? '')) : null;
      const year = nums(s).find((n) => n >= 1900) ?? null;
      if (!q) return null;
      const b = year ? quarterBounds(year, q) : null;
      return { ...base, kind: 'quarter', year, month: null, from: b?.start ?? null, to: b?.end ?? null, valid: true };
    }
    case 'half': {
      const year = nums(s).find((n) => n >= 1900) ?? null;
      const first = /đầu/iu.test(s);
      const from = year ? toIso(year, first ? 1 : 7, 1) : null;
      const to = year ? endOfMonth(year, first ? 6 : 12) : null;
      return { ...base, kind: 'half', year, from, to, valid: true };
    }
    case 'year': {
      const year = nums(s)[0] ?? 0;
      return { ...base, kind: 'year', year, from: toIso(year, 1, 1), to: toIso(year, 12, 31), valid: true };
    }
    case 'range': {
      const halves = s.replace(/^từ\s+/iu, '').split(/\s+(?:đến|tới)\s+(?:hết\s+)?/iu);
      const a = halves[0] === undefined ? undefined : scanTimes(halves[0])[0];
      const b = halves[1] === undefined ? undefined : scanTimes(halves[1])[0];
      if (!a || !b) return null;
      const valid = a.valid && b.valid && a.from !== null && b.to !== null && a.from <= b.to;
      return { ...base, kind: 'range', from: valid ? a.from : null, to: valid ? b.to : null, valid };
    }
    default:
      return null;
  }
}

/** Scans `text` for time expressions, left to right, non-overlapping. */
export function scanTimes(text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  // execAll collects every match first, so the nested scans of a range may run SCAN again.
  for (const m of execAll(SCAN, text)) {
    const groups = m.groups ?? {};
    const kind = Object.keys(groups).find((k) => groups[k] !== undefined);
    if (!kind) continue;
    const t = build(kind, m[0], m.index, m.index + m[0].length);
    if (t) out.push(t);
  }
  return out;
}

/** Parses one date string ("07/7/2025", "ngày 05 tháng 7 năm 2025", "01-10-1997") into a CalendarDate. */
export function parseCalendarDate(raw: string, base: number): CalendarDate | null {
  const t = scanTimes(raw).find((x) => x.kind === 'date');
  if (!t || t.day === null || t.month === null || t.year === null) return null;
  return {
    raw: t.text, day: t.day, month: t.month, year: t.year, iso: t.from, valid: t.valid,
    span: span(base, t.start, t.end),
  };
}

/**
 * Every date, month ("tháng 9/2025"), quarter ("Quý III/2025"), half ("6 tháng đầu năm 2026"),
 * year ("năm 2025") and range ("từ ngày 01/6/2022 đến ngày 31/8/2022") in `text`.
 * Offsets are `base` + index in `text`. Invalid calendar dates (31/4) are kept with valid=false.
 * Year ranges without words ("2021-2025", "năm 2017 - 2020") are periods, not dates: not reported.
 * `times`: the scan of `text`, when the caller already has it.
 */
export function findDates(text: string, base: number, role: FactRole, times: Iterable<TimeExpr> = scanTimes(text)): DateFact[] {
  const out: DateFact[] = [];
  for (const t of times) {
    out.push({ text: t.text, span: span(base, t.start, t.end), kind: t.kind, start: t.from, end: t.to, valid: t.valid, role });
  }
  return out;
}
