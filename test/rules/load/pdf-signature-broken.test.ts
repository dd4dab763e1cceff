import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/load/pdf-signature-broken.js';
import { findingsWith } from './_notes.js';

describe('load/pdf-signature-broken', () => {
  it('reports the note from its typed fields, in Vietnamese and English, at the file level', () => {
    const [vi] = findingsWith(rule, [{ code: 'pdf-signature-broken', signer: 'Nguyễn Văn An' }]);
    expect(vi).toMatchObject({ ruleId: 'load/pdf-signature-broken', severity: 'warning', line: 1, span: null });
    expect(vi?.message).toContain('Chữ ký số “Nguyễn Văn An” không còn khớp');
    const [en] = findingsWith(rule, [{ code: 'pdf-signature-broken', signer: 'Nguyễn Văn An' }], { lang: 'en' });
    expect(en?.message).toContain('The digital signature “Nguyễn Văn An” no longer matches');
  });
  it('is silent without the note, and for other notes', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'text-garbled', sample: 'Ӣ' }])).toEqual([]);
  });
});
