import { describe, expect, it } from 'vitest';
import { convertLegacyText, legacyEncodingOfFont } from '../../src/load/legacy-fonts.js';
import { decodeVni, encodeVni, vniTable } from '../../src/load/vni.js';

const LOWER = 'áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ';
const LETTERS = [...LOWER, ...LOWER.toUpperCase()];

describe('VNI decoding', () => {
  it('covers all 134 Vietnamese letters with diacritics, each round-tripping', () => {
    expect(LETTERS).toHaveLength(134);
    // VNI writes í ì Í Ì with the Latin-1 characters of the same look: they need no table entry.
    const same = new Set(['í', 'ì', 'Í', 'Ì']);
    expect(new Set(vniTable().values()).size).toBe(134 - same.size);
    for (const letter of LETTERS) {
      const vni = encodeVni(letter);
      if (!same.has(letter)) expect(vni, letter).not.toBe(letter);
      expect(decodeVni(vni), letter).toBe(letter);
      expect(decodeVni(`x${vni}y`), letter).toBe(`x${letter}y`);
    }
  });

  it.each([
    ['Töï do', 'Tự do'],
    ['ñôøi', 'đời'],
    ['Kyõ thuaät', 'Kỹ thuật'],
    ['TRÖÔØNG', 'TRƯỜNG'],
    ['Keá hoaïch trieån khai Nghò quyeát', 'Kế hoạch triển khai Nghị quyết'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
  ])('%s → %s', (vni, text) => {
    expect(decodeVni(vni)).toBe(text);
  });

  it('round-trips a whole sentence', () => {
    const s = 'Cộng hòa xã hội chủ nghĩa Việt Nam; Ủy ban nhân dân tỉnh Quảng Ngãi, ngày 05 tháng 7 năm 2025';
    expect(decodeVni(encodeVni(s))).toBe(s);
  });
});

describe('legacy font names', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3-upper'],
    ['.VnArialH', 'tcvn3-upper'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['VPS Times', 'unsupported'],
    ['Times New Roman', undefined],
    [null, undefined],
  ])('%s → %s', (font, enc) => {
    expect(legacyEncodingOfFont(font)).toBe(enc);
  });

  it('leaves text that already holds Unicode Vietnamese alone', () => {
    expect(convertLegacyText('Kế hoạch', 'vni', undefined)).toBeUndefined();
  });
});
