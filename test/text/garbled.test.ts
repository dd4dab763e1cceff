import { describe, expect, it } from 'vitest';
import { garbledVerdict } from '../../src/text/garbled.js';

const PLAN =
  'Thực hiện Quyết định số 12/QĐ-UBND ngày 03/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính, ' +
  'Sở Nội vụ xây dựng kế hoạch kiểm tra công tác cải cách hành chính năm 2026 như sau. ';

describe('garbledVerdict', () => {
  it('accepts Vietnamese text, also with a few foreign names and symbols', () => {
    expect(garbledVerdict(PLAN.repeat(20)).garbled).toBe(false);
    expect(garbledVerdict(`${PLAN.repeat(20)} Hợp tác với Friedrich-Ebert-Stiftung (Müller, Šimek), 5 µm, α = 0,5.`).garbled).toBe(false);
    expect(garbledVerdict('').garbled).toBe(false);
  });

  it('rejects text extracted from a font without a Unicode map (glyph codes read as Cyrillic)', () => {
    const mojibake = '7KӵF KLӋQ 4X\\ӃW ÿӏQK Vӕ 4Ĉ 6&7 ng‡y 06/3/2026 FӫD Gi·m ÿӕF 6ӣ CÙng 7KѭѫQJ WӍQK L‡o Cai YӅ YLӋF NLӇP tra. ';
    const v = garbledVerdict(mojibake.repeat(5));
    expect(v.garbled).toBe(true);
    expect(v.sample).toMatch(/ӵ/u);
  });

  it('needs both a count and a share: a short foreign quotation in a long plan is not garbled', () => {
    expect(garbledVerdict(`${PLAN.repeat(200)} Цель проекта — развитие.`).garbled).toBe(false);
    expect(garbledVerdict('Цель').garbled).toBe(false);
  });
});
