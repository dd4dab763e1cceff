// Calendar helpers shared by the parser and the extractors (Gregorian, no time zones).

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month/year name a real calendar day (31/4 and 29/02/2023 are not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1900 &&
    year <= 2200 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** "2025-07-01"; no validation. */
export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO date or null when not a real day. */
export function isoOrNull(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? toIso(year, month, day) : null;
}

export function endOfMonth(year: number, month: number): string {
  return toIso(year, month, daysInMonth(year, month));
}

/** Quarter 1–4 → inclusive ISO bounds. */
export function quarterBounds(year: number, quarter: number): { start: string; end: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { start: toIso(year, firstMonth, 1), end: endOfMonth(year, firstMonth + 2) };
}

/** Roman numerals I–XX → number (null when not one). */
export function romanToInt(roman: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  const s = roman.toUpperCase();
  if (!/^[IVXL]+$/u.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i] as string] ?? 0;
    const next = values[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 50 && intToRoman(total) === s ? total : null;
}

export function intToRoman(n: number): string {
  const table: [number, string][] = [
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
