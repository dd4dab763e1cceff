import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/text/place-name-spelling.js';
import { PROVINCES } from '../../../src/data/admin-units.js';
import { DEFAULT_SETTINGS, emptyDoc, emptyFacts, ref, run } from '../_helpers.js';

/** Each report as [the misspelt text, the fix's replacement], the fix's span checked to be the finding's. */
function fixes(text: string, place?: string): [string, string][] {
  const doc = emptyDoc();
  if (place) doc.header.place = ref(text, place);
  return [...rule.check({ doc, facts: emptyFacts(), text, options: {}, settings: DEFAULT_SETTINGS, notes: [] })].map((r) => {
    expect(r.fix?.span).toEqual(r.span);
    return [r.span ? text.slice(r.span.start, r.span.end) : '', r.fix?.text ?? ''];
  });
}

describe('text/place-name-spelling', () => {
  it('holds the 34 provincial units of 2025: 28 tỉnh and 6 thành phố, all certain and sourced', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.kind === 'tỉnh')).toHaveLength(28);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(34);
    for (const p of PROVINCES) expect(p.source).toMatch(/DOMAIN §4\.1/u);
  });

  it('fixes a province written with other diacritics, in the case the text uses', () => {
    expect(fixes('Các sở, ngành tỉnh Đăk Lăk thực hiện.')).toEqual([['Đăk Lăk', 'Đắk Lắk']]);
    expect(fixes('UBND TỈNH LANG SƠN\nSỞ NỘI VỤ')).toEqual([['LANG SƠN', 'LẠNG SƠN']]);
    expect(fixes('Phối hợp với thành phố Ha Noi và TP. Can Tho.')).toEqual([
      ['Ha Noi', 'Hà Nội'],
      ['Can Tho', 'Cần Thơ'],
    ]);
    expect(fixes('Ủy ban nhân dân thành phố Hue.')).toEqual([['Hue', 'Huế']]);
  });

  it('fixes the place before the issue date when it is the whole place name', () => {
    const text = 'Số: 09/KH-SNV\nDak Lak, ngày 05 tháng 8 năm 2025\n';
    expect(fixes(text, 'Dak Lak')).toEqual([['Dak Lak', 'Đắk Lắk']]);
    // A place that only starts like a province (a commune, say) is not a province's name.
    const other = 'Số: 09/KH-SNV\nGia Lai Mới, ngày 05 tháng 8 năm 2025\n';
    expect(fixes(other, 'Gia Lai Mới')).toEqual([]);
  });

  it('never reports the tone-mark placement (Hòa / Hoà, both official)', () => {
    expect(fixes('UBND tỉnh Khánh Hoà, tỉnh Khánh Hòa, tỉnh Thanh Hoá, TỈNH THANH HÓA, TỈNH THANH HOÁ.')).toEqual([]);
  });

  it('leaves official names, other places, other letters and lower-case words alone', () => {
    expect(fixes('tỉnh Đắk Lắk, thành phố Hồ Chí Minh, thành phố Hải Phòng, tỉnh Lạng Sơn, TỈNH ĐẮK LẮK.')).toEqual([]);
    // Former provinces and cities are another rule's business; other letters are not a misspelling of these names.
    expect(fixes('tỉnh Hà Nam, tỉnh Bắc Giang, thành phố Long Xuyên, tỉnh Đắc Lắc (cũ), tỉnh Thừa Thiên Huế.')).toEqual([]);
    expect(fixes('tỉnh táo, thành phố lớn, tp hcm')).toEqual([]);
  });

  it('runs through the engine helper with a message naming the official name', () => {
    const out = run(rule, { text: 'Các sở, ngành tỉnh Đăk Lăk thực hiện.' });
    expect(out.map((r) => r.messageId)).toEqual(['misspelt']);
    expect(out[0]?.data).toMatchObject({ official: 'Đắk Lắk', fixed: 'Đắk Lắk', kind: 'tỉnh' });
  });
});
