import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/header/title.js';
import { emptyDoc, ref, run } from '../_helpers.js';
import { emptyHeader } from '../../../src/parse/header.js';

describe('header/title', () => {
  it('accepts "KẾ HOẠCH" with a subject', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2025\n';
    const doc = emptyDoc();
    doc.header.documentType = ref(text, 'KẾ HOẠCH');
    doc.header.subject = ref(text, 'Cải cách hành chính năm 2025');
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('reports a missing type name once', () => {
    const text = 'I. MỤC ĐÍCH\n';
    expect(run(rule, { text }).map((r) => [r.messageId, r.text])).toEqual([['missingType', 'I. MỤC ĐÍCH']]);
  });
  it('reports a missing subject, and a lower-case type as info', () => {
    const text = 'Kế hoạch\n';
    const doc = emptyDoc();
    doc.header.documentType = ref(text, 'Kế hoạch');
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.severity])).toEqual([
      ['missingSubject', undefined],
      ['typeCase', 'info'],
    ]);
  });
  it('reports a cover decision without its subject, and accepts one with it', () => {
    const text = 'QUYẾT ĐỊNH\nBan hành Kế hoạch cải cách\nKẾ HOẠCH\nCải cách hành chính năm 2025\n';
    const doc = emptyDoc();
    doc.header.documentType = ref(text, 'KẾ HOẠCH');
    doc.header.subject = ref(text, 'Cải cách hành chính năm 2025');
    const decision = emptyHeader();
    decision.documentType = ref(text, 'QUYẾT ĐỊNH');
    doc.coverDecision = { header: decision, attachment: null, legalBases: [], recipients: null, signature: null, span: { start: 0, end: 10 } };
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.text])).toEqual([['missingSubject', 'QUYẾT ĐỊNH']]);
    decision.subject = ref(text, 'Ban hành Kế hoạch cải cách');
    expect(run(rule, { text, doc })).toEqual([]);
  });
});
