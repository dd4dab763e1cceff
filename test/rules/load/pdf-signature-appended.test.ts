import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/load/pdf-signature-appended.js';
import { findingsWith } from './_notes.js';

describe('load/pdf-signature-appended', () => {
  it('reports the note from its typed fields, in Vietnamese and English, at the file level', () => {
    const [vi] = findingsWith(rule, [{ code: 'pdf-signature-appended', count: 1804 }]);
    expect(vi).toMatchObject({ ruleId: 'load/pdf-signature-appended', severity: 'warning', line: 1, span: null });
    expect(vi?.message).toContain('(1804 byte, một bản cập nhật gia tăng)');
    const [en] = findingsWith(rule, [{ code: 'pdf-signature-appended', count: 1804 }], { lang: 'en' });
    expect(en?.message).toContain('(1804 bytes, an incremental update)');
  });
  it('is silent without the note, and for other notes', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'text-garbled', sample: 'Ӣ' }])).toEqual([]);
  });
});
