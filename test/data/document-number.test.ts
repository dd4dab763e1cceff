// The one canonical key of a document number (src/data/document-number.ts), shared by the citation extractor,
// the legal registry and the citation rules: every way of writing the same number gives the same key, and
// different documents give different keys.
import { describe, expect, it } from 'vitest';
import { documentNumberKey, foldCode, numberKey, parseNumberText } from '../../src/data/document-number.js';
import { numberMatches } from '../../src/data/legal-registry.js';
import { citationKey, findCitations } from '../../src/extract/citations.js';

describe('documentNumberKey', () => {
  it.each([
    '30/2020/NĐ-CP',
    '30/2020/NĐCP', // glued
    '30/2020/NĐ - CP', // spaces
    '30/2020/NĐ- CP',
    '30 / 2020 / NĐ-CP',
    '30/2020/nđ-cp', // lower case
    '30/2020/Nđ-Cp',
    '30/2020/ND-CP', // D for Đ
    '30/2020/NDCP',
    '30/2020/nd-cp',
    '30/2020/N\u00d0-CP', // Ð (U+00D0) for Đ
    '30/2020/NĐ–CP', // en-dash
    '030/2020/NĐ-CP', // leading zero
    ' 30/2020/NĐ-CP ',
  ])('%s → 30/2020/nđ-cp', (raw) => {
    expect(documentNumberKey(raw)).toBe('30/2020/nđ-cp');
  });

  it('keys every form of number', () => {
    expect(documentNumberKey('57-NQ/TW')).toBe('57-nq/tw');
    expect(documentNumberKey('57 - nq/tw')).toBe('57-nq/tw');
    expect(documentNumberKey('60/NQ-TW')).toBe('60-nq/tw'); // Party body after a slash: the Party form
    expect(documentNumberKey('80/2015/QH13')).toBe('80/2015/qh13');
    expect(documentNumberKey('184/KH-UBND')).toBe('184/kh-ubnd');
    expect(documentNumberKey('184/KHUBND')).toBe('184/kh-ubnd');
    expect(documentNumberKey('942/QĐ-TT')).toBe('942/qđ-ttg'); // known issuer misspelling
    expect(documentNumberKey('942/QD-TTg')).toBe('942/qđ-ttg');
    expect(documentNumberKey('82/SNV-CCHC')).toBe('82/snv-cchc');
    expect(documentNumberKey('03/2025/TT-VPCP')).toBe('3/2025/tt-vpcp');
    expect(documentNumberKey('061')).toBe('61');
  });

  it('keeps different documents apart', () => {
    const keys = ['30/2020/NĐ-CP', '30/2021/NĐ-CP', '31/2020/NĐ-CP', '30/2020/NĐ-HĐND', '30/2020/QĐ-CP', '30/NĐ-CP', '3/2020/NĐ-CP', '30-NQ/TW', '30/NQ-CP'];
    expect(new Set(keys.map(documentNumberKey)).size).toBe(keys.length);
  });

  it('text that is not a number keys as itself, folded', () => {
    expect(parseNumberText('Luật Căn cước công dân năm 2014')).toBeNull();
    expect(documentNumberKey('Luật Căn cước  công dân')).toBe('luậtcăncướccôngdân');
  });

  it('is the key the extractor gives what it parsed, and the registry compares with', () => {
    for (const written of ['Nghị định số 30/2020/NĐCP', 'Nghị định số 30/2020/ND-CP', 'Nghị định số 30/2020/NĐ- CP', 'Nghị định số 030/2020/NĐ–CP']) {
      const [c] = findCitations(written, 0, 'body');
      expect(c?.number && numberKey(c.number), written).toBe('30/2020/nđ-cp');
      expect(c?.key, written).toBe(`nd:${documentNumberKey('30/2020/NĐ-CP')}`);
    }
    expect(citationKey('Nghị quyết 57- NQ/TW')).toBe(`nq:${documentNumberKey('57-NQ/TW')}`);
    expect(numberMatches('61/2018/NĐ-CP', '61/2018/nđcp')).toBe(true);
    expect(numberMatches('61/2018/NĐ-CP', '61/2019/NĐ-CP')).toBe(false);
  });
});

describe('foldCode', () => {
  it('folds case, Ð and the Đ/D confusion', () => {
    expect(foldCode('nđ')).toBe('ND');
    expect(foldCode('N\u00d0')).toBe('ND');
    expect(foldCode('TTg')).toBe(foldCode('TTG'));
    expect(foldCode('BLĐTBXH')).not.toBe(foldCode('BTTTT'));
  });
});
