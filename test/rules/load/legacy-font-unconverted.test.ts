import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/load/legacy-font-unconverted.js';
import { findingsWith } from './_notes.js';

describe('load/legacy-font-unconverted', () => {
  it('names the font that could not be converted', () => {
    const [f] = findingsWith(rule, [{ code: 'legacy-font-unconverted', font: 'VPS Times', count: 1 }]);
    expect(f).toMatchObject({ ruleId: 'load/legacy-font-unconverted', severity: 'warning' });
    expect(f?.message).toContain('(VPS Times) mà không chuyển được');
    const [en] = findingsWith(rule, [{ code: 'legacy-font-unconverted', font: 'VPS Times', count: 1 }], { lang: 'en' });
    expect(en?.message).toContain('legacy non-Unicode font (VPS Times)');
  });
  it('is silent for converted fonts and without notes', () => {
    expect(findingsWith(rule, [{ code: 'legacy-font-converted', font: '.VnTime' }])).toEqual([]);
    expect(findingsWith(rule, [])).toEqual([]);
  });
});
