// Derives the plan period from the subject: "năm 2026", "6 tháng cuối năm 2025", "giai đoạn 2021-2025 …".
import type { Period } from '../model/plan.js';
import type { Span } from '../model/span.js';
import { endOfMonth, quarterBounds, romanToInt, toIso } from '../text/calendar.js';

const RANGE_RE = /giai\s+đoạn\s+(\d{4})\s*[-–—]\s*(\d{4})/iu;
const HALF_RE = /6\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})/iu;
const QUARTER_RE = /quý\s+(I{1,3}|IV|[1-4])\s*(?:\/|năm\s+)(\d{4})/iu;
const YEAR_RE = /năm\s+(\d{4})/iu;
const OUTLOOK_RE = /(?:định\s+hướng|tầm\s+nhìn)\s+(?:đến|tới)\s+năm\s+(\d{4})/iu;
/** "… đến năm 2030" without a "giai đoạn": the plan runs from its issue to that year. */
const HORIZON_RE = /(?:đến|tới)\s+năm\s+(\d{4})/iu;
/** "ngày 02 tháng 01 năm 2025" in a subject is the date of a cited document, not the plan year. */
const DATE_BEFORE_RE = /(?:tháng\s+\d{1,2}|\d{1,2}\s*\/\s*\d{1,2})\s*$/iu;

function plausible(year: number): boolean {
  return year >= 1990 && year <= 2100;
}

/**
 * Period named in `subject` (which starts at `base` in the text), or null when none is stated. `issueYear`
 * opens a period stated only by its horizon ("… đến năm 2030"); without it such a period is unknown (null).
 */
export function parsePeriod(subject: string, base: number, issueYear: number | null = null): Period | null {
  const outlook = OUTLOOK_RE.exec(subject);
  const outlookYear = outlook ? Number(outlook[1]) : null;
  const span = (m: RegExpExecArray): Span => ({ start: base + m.index, end: base + m.index + m[0].length });

  const range = RANGE_RE.exec(subject);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (plausible(from) && plausible(to) && from <= to) {
      return { text: range[0], start: toIso(from, 1, 1), end: toIso(to, 12, 31), kind: 'range', outlookYear, span: span(range) };
    }
  }
  const half = HALF_RE.exec(subject);
  if (half) {
    const year = Number(half[2]);
    const first = (half[1] ?? '').toLowerCase() === 'đầu';
    if (plausible(year)) {
      return {
        text: half[0],
        start: toIso(year, first ? 1 : 7, 1),
        end: first ? endOfMonth(year, 6) : toIso(year, 12, 31),
        kind: 'half',
        outlookYear,
        span: span(half),
      };
    }
  }
  const quarter = QUARTER_RE.exec(subject);
  if (quarter) {
    const q = romanToInt(quarter[1] ?? '') ?? Number(quarter[1]);
    const year = Number(quarter[2]);
    if (plausible(year) && q >= 1 && q <= 4) {
      return { text: quarter[0], ...quarterBounds(year, q), kind: 'quarter', outlookYear, span: span(quarter) };
    }
  }
  // The plan year: the first "năm YYYY" that is not the outlook year, a horizon or a cited document's date.
  const yearRe = new RegExp(YEAR_RE.source, 'giu');
  let horizon: RegExpExecArray | null = null;
  for (let m = yearRe.exec(subject); m; m = yearRe.exec(subject)) {
    if (outlook && m.index >= outlook.index && m.index < outlook.index + outlook[0].length) continue;
    if (DATE_BEFORE_RE.test(subject.slice(Math.max(0, m.index - 12), m.index))) continue;
    const before = /(?:đến|tới)\s+$/iu.exec(subject.slice(Math.max(0, m.index - 6), m.index));
    if (before) {
      horizon ??= HORIZON_RE.exec(subject.slice(m.index - before[0].length));
      if (horizon) horizon.index += m.index - before[0].length;
      continue;
    }
    const year = Number(m[1]);
    if (plausible(year)) {
      return { text: m[0], start: toIso(year, 1, 1), end: toIso(year, 12, 31), kind: 'year', outlookYear, span: span(m) };
    }
  }
  if (horizon && issueYear !== null) {
    const to = Number(horizon[1]);
    if (plausible(to) && issueYear <= to) {
      return { text: horizon[0], start: toIso(issueYear, 1, 1), end: toIso(to, 12, 31), kind: 'range', outlookYear, span: span(horizon) };
    }
  }
  return null;
}

/**
 * Period of a subject written over several lines: parsed on the lines joined by spaces, with the span
 * mapped back to where each line starts in the text (lines need not be adjacent).
 */
export function periodOfLines(lines: readonly { text: string; start: number }[], issueYear: number | null = null): Period | null {
  const period = parsePeriod(lines.map((l) => l.text).join(' '), 0, issueYear);
  if (!period) return null;
  const toText = (joined: number): number => {
    let from = 0;
    for (const line of lines) {
      if (joined <= from + line.text.length) return line.start + (joined - from);
      from += line.text.length + 1;
    }
    const last = lines[lines.length - 1];
    return last ? last.start + last.text.length : joined;
  };
  return { ...period, span: { start: toText(period.span.start), end: toText(period.span.end) } };
}
