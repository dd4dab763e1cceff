import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/load/not-a-plan.js';
import { findingsWith } from './_notes.js';

describe('load/not-a-plan', () => {
  it('reports the note once, in Vietnamese and English, at the file level', () => {
    const [vi] = findingsWith(rule, [{ code: 'not-a-plan' }]);
    expect(vi).toMatchObject({ ruleId: 'load/not-a-plan', severity: 'info', line: 1, span: null });
    expect(vi?.message).toContain('Tệp không có dấu hiệu của một kế hoạch');
    const [en] = findingsWith(rule, [{ code: 'not-a-plan' }], { lang: 'en' });
    expect(en?.message).toContain('The file shows no sign of being a plan');
  });
  it('is silent without the note, and for other notes', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'text-garbled', sample: 'Ӣ' }])).toEqual([]);
  });
});
