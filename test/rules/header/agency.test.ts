import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/header/agency.js';
import { emptyDoc, ref, run } from '../_helpers.js';

describe('header/agency', () => {
  it('accepts a Sở under its UBND tỉnh', () => {
    const text = 'UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\n';
    const doc = emptyDoc();
    doc.header.parentBody = ref(text, 'UBND TỈNH LẠNG SƠN');
    doc.header.issuingBody = ref(text, 'SỞ NỘI VỤ');
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('accepts a UBND tỉnh without a superior body', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n';
    const doc = emptyDoc();
    doc.header.issuingBody = ref(text, 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU');
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('reports a missing issuing body on the first line', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2025\n';
    expect(run(rule, { text }).map((r) => [r.messageId, r.text])).toEqual([['missing', 'KẾ HOẠCH']]);
  });
  it('warns when a Sở lacks its superior body', () => {
    const text = 'SỞ NỘI VỤ\n';
    const doc = emptyDoc();
    doc.header.issuingBody = ref(text, 'SỞ NỘI VỤ');
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.severity])).toEqual([['missingParent', 'warning']]);
  });
  it('warns that a bare "ỦY BAN NHÂN DÂN" is incomplete (not missing)', () => {
    const text = 'ỦY BAN NHÂN DÂN\n';
    const doc = emptyDoc();
    doc.header.issuingBody = ref(text, 'ỦY BAN NHÂN DÂN');
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.severity, r.text])).toEqual([['incomplete', 'warning', 'ỦY BAN NHÂN DÂN']]);
  });
  it('warns about a bare UBND as the parent of a Sở', () => {
    const text = 'UBND\nSỞ NỘI VỤ\n';
    const doc = emptyDoc();
    doc.header.parentBody = ref(text, 'UBND');
    doc.header.issuingBody = ref(text, 'SỞ NỘI VỤ');
    expect(run(rule, { text, doc }).map((r) => r.messageId)).toEqual(['incomplete']);
  });
  it('accepts a people\'s committee named with its unit, on one line or wrapped', () => {
    for (const name of ['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'UỶ BAN NHÂN DÂN XÃ TÂN HÀ', 'UBND THÀNH PHỐ HÀ NỘI']) {
      const text = `${name}\n`;
      const doc = emptyDoc();
      doc.header.issuingBody = ref(text, name);
      expect(run(rule, { text, doc })).toEqual([]);
    }
  });
});
