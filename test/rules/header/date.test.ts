import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/header/date.js';
import { at, DEFAULT_SETTINGS, emptyDoc, emptyFacts, run } from '../_helpers.js';
import { isoOrNull } from '../../../src/text/calendar.js';

function dated(raw: string) {
  const text = `Số: 09/KH-SNV\nLạng Sơn, ${raw}\n`;
  const m = /ngày\s+(\d*)\s*tháng\s+(\d*)\s*năm\s+(\d{4})/u.exec(raw);
  const day = m?.[1] ? Number(m[1]) : null;
  const month = m?.[2] ? Number(m[2]) : null;
  const year = m?.[3] ? Number(m[3]) : null;
  const doc = emptyDoc();
  doc.header.issueDate = {
    raw,
    day,
    month,
    year,
    iso: day && month && year ? isoOrNull(year, month, day) : null,
    placeholder: day === null || month === null,
    dayText: m?.[1] || null,
    monthText: m?.[2] || null,
    span: at(text, raw),
  };
  return { text, doc };
}
/** Each report's fix as [the text it replaces, the replacement]. */
function fixes(raw: string): [string, string, string][] {
  const { text, doc } = dated(raw);
  const reports = [...rule.check({ doc, facts: emptyFacts(), text, options: {}, settings: DEFAULT_SETTINGS, notes: [] })];
  return reports.map((r) => [r.messageId, r.fix ? text.slice(r.fix.span.start, r.fix.span.end) : '', r.fix?.text ?? '']);
}
const ids = (raw: string, stage: 'draft' | 'final' = 'final') => run(rule, { ...dated(raw), settings: { stage } }).map((r) => [r.messageId, r.severity ?? 'default']);

describe('header/date', () => {
  it('accepts padded days and January/February, unpadded March–December', () => {
    for (const raw of ['ngày 05 tháng 3 năm 2025', 'ngày 28 tháng 02 năm 2023', 'ngày 15 tháng 01 năm 2025', 'ngày 24 tháng 12 năm 2024']) expect(ids(raw)).toEqual([]);
  });
  it('reports "ngày 5" and "tháng 1" as errors', () => {
    expect(ids('ngày 5 tháng 3 năm 2025')).toEqual([['dayPadding', 'default']]);
    expect(ids('ngày 15 tháng 1 năm 2025')).toEqual([['monthPadding', 'default']]);
  });
  it('reports a padded March–September month as info only', () => {
    expect(ids('ngày 15 tháng 07 năm 2025')).toEqual([['monthPadded', 'info']]);
  });
  it('reports draft blanks as errors when final and info in a draft', () => {
    expect(ids('ngày tháng 7 năm 2025')).toEqual([['placeholder', 'default']]);
    expect(ids('ngày tháng 7 năm 2025', 'draft')).toEqual([['placeholder', 'info']]);
  });
  it('reports an impossible date and a missing date line', () => {
    expect(ids('ngày 31 tháng 4 năm 2025')).toEqual([['invalid', 'default']]);
    expect(run(rule, { text: 'KẾ HOẠCH\n' }).map((r) => [r.messageId, r.text])).toEqual([['missing', 'KẾ HOẠCH']]);
  });
  it('fixes the padding on exactly the typed number', () => {
    expect(fixes('ngày 5 tháng 1 năm 2026')).toEqual([
      ['dayPadding', '5', '05'],
      ['monthPadding', '1', '01'],
    ]);
    expect(fixes('ngày 15 tháng 2 năm 2026')).toEqual([['monthPadding', '2', '02']]);
    // The month "5" is the fix's place, not the day's "5" before it.
    expect(fixes('ngày 5 tháng 5 năm 2026')).toEqual([['dayPadding', '5', '05']]);
    expect(fixes('ngày 25 tháng 01 năm 2026')).toEqual([]);
  });
  it('offers "tháng 3" for a padded March–September month, only on the info finding', () => {
    expect(fixes('ngày 15 tháng 03 năm 2025')).toEqual([['monthPadded', '03', '3']]);
    expect(fixes('ngày 05 tháng 10 năm 2025')).toEqual([]);
  });
  it('offers no fix when the typed number cannot be found in the line', () => {
    const { text, doc } = dated('ngày 5 tháng 3 năm 2025');
    if (doc.header.issueDate) doc.header.issueDate.dayText = '6';
    const reports = [...rule.check({ doc, facts: emptyFacts(), text, options: {}, settings: DEFAULT_SETTINGS, notes: [] })];
    expect(reports.map((r) => [r.messageId, r.fix])).toEqual([['dayPadding', undefined]]);
  });
});
