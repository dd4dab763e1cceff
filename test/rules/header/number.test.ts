import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/header/number.js';
import type { DocumentNumber } from '../../../src/model/plan.js';
import { at, emptyDoc, ref, run } from '../_helpers.js';
import { emptyHeader } from '../../../src/parse/header.js';

function withNumber(raw: string, o: Partial<DocumentNumber>) {
  const text = `SỞ NỘI VỤ\n${raw}\nKẾ HOẠCH\n`;
  const doc = emptyDoc();
  doc.header.documentType = ref(text, 'KẾ HOẠCH');
  doc.header.documentNumber = { raw, number: null, year: null, typeCode: 'KH', issuerCode: 'SNV', placeholder: false, span: at(text, raw), ...o };
  return { text, doc };
}

describe('header/number', () => {
  it('accepts "Số: 09/KH-SNV" and "Số: 123/KH-UBND"', () => {
    expect(run(rule, withNumber('Số: 09/KH-SNV', { number: '09' }))).toEqual([]);
    expect(run(rule, withNumber('Số: 123/KH-UBND', { number: '123', issuerCode: 'UBND' }))).toEqual([]);
  });
  it('reports a missing number', () => {
    expect(run(rule, { text: 'KẾ HOẠCH\n' }).map((r) => [r.messageId, r.text])).toEqual([['missing', 'KẾ HOẠCH']]);
  });
  it('reports a blank number: error when final, info in a draft', () => {
    const input = withNumber('Số: /KH-SDTTG', { placeholder: true });
    expect(run(rule, input).map((r) => [r.messageId, r.text, r.severity])).toEqual([['placeholder', 'Số: /KH-SDTTG', undefined]]);
    expect(run(rule, { ...input, settings: { stage: 'draft' } }).map((r) => r.severity)).toEqual(['info']);
  });
  it('reports a number below 10 without its leading zero', () => {
    expect(run(rule, withNumber('Số: 9/KH-SNV', { number: '9' })).map((r) => [r.messageId, r.data?.number])).toEqual([['leadingZero', '9']]);
  });
  it('reports a type code other than KH on a plan', () => {
    expect(run(rule, withNumber('Số: 15/QĐ-SNV', { number: '15', typeCode: 'QĐ' })).map((r) => r.messageId)).toEqual(['typeCode']);
  });
  it('warns on a year inside an administrative number', () => {
    expect(run(rule, withNumber('Số: 15/2025/KH-SNV', { number: '15', year: 2025 })).map((r) => [r.messageId, r.severity])).toEqual([['year', 'warning']]);
  });
  describe('a plan issued by a cover decision', () => {
    function covered(raw: string | null, o: Partial<DocumentNumber> = {}) {
      const text = `UBND TỈNH X\n${raw ?? ''}\nQUYẾT ĐỊNH\nBan hành Kế hoạch\nKẾ HOẠCH\n`;
      const doc = emptyDoc();
      const decision = emptyHeader();
      decision.documentType = ref(text, 'QUYẾT ĐỊNH');
      if (raw) decision.documentNumber = { raw, number: '15', year: null, typeCode: 'QĐ', issuerCode: 'UBND', placeholder: false, span: at(text, raw), ...o };
      doc.header.documentType = ref(text, 'KẾ HOẠCH');
      doc.coverDecision = { header: decision, attachment: null, legalBases: [], recipients: null, signature: null, span: { start: 0, end: text.indexOf('KẾ HOẠCH') } };
      return { text, doc };
    }
    it('accepts the decision number "15/QĐ-UBND" and demands no plan number', () => {
      expect(run(rule, covered('Số: 15/QĐ-UBND'))).toEqual([]);
    });
    it('reports a decision numbered with another type code', () => {
      expect(run(rule, covered('Số: 15/KH-UBND', { typeCode: 'KH' })).map((r) => [r.messageId, r.data?.code])).toEqual([['decisionTypeCode', 'KH']]);
    });
    it('reports a decision without a number on the decision', () => {
      expect(run(rule, covered(null)).map((r) => [r.messageId, r.text])).toEqual([['missingDecision', 'QUYẾT ĐỊNH']]);
    });
  });
});
