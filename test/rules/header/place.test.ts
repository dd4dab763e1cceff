import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/header/place.js';
import { at, emptyDoc, ref, run } from '../_helpers.js';

function doc(text: string, raw: string, place: string | null) {
  const d = emptyDoc();
  d.header.issueDate = { raw, day: 5, month: 3, year: 2025, iso: '2025-03-05', placeholder: false, dayText: '05', monthText: '3', span: at(text, raw) };
  if (place) d.header.place = ref(text, place);
  return d;
}

describe('header/place', () => {
  it('accepts a place before the date', () => {
    const text = 'Lạng Sơn, ngày 05 tháng 3 năm 2025\n';
    expect(run(rule, { text, doc: doc(text, 'ngày 05 tháng 3 năm 2025', 'Lạng Sơn') })).toEqual([]);
  });
  it('reports a date without a place', () => {
    const text = 'ngày 05 tháng 3 năm 2025\n';
    expect(run(rule, { text, doc: doc(text, 'ngày 05 tháng 3 năm 2025', null) }).map((r) => [r.messageId, r.text])).toEqual([['missing', 'ngày 05 tháng 3 năm 2025']]);
  });
  it('stays silent when the whole date line is missing (header/date reports it)', () => {
    expect(run(rule, { text: 'KẾ HOẠCH\n' })).toEqual([]);
  });
});
