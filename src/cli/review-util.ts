// Small checks shared by the review commands (annotate, fix).
import { isoOrNull } from '../text/calendar.js';

/** YYYY-MM-DD naming a day of the calendar (2026-02-30 is not one). */
export function isCalendarDateString(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  return m !== null && isoOrNull(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}
