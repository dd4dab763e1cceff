import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/config/load.js';
import { RULES } from '../../../src/rules/index.js';
import rule from '../../../src/rules/load/legacy-font-converted.js';
import { findingsWith } from './_notes.js';

describe('load/legacy-font-converted', () => {
  it('names the font from the typed field and cites the Unicode requirement', () => {
    const [f] = findingsWith(rule, [{ code: 'legacy-font-converted', font: '.VnTime', count: 2 }]);
    expect(f).toMatchObject({ ruleId: 'load/legacy-font-converted', severity: 'info' });
    expect(f?.message).toContain('Văn bản dùng phông chữ cũ không phải Unicode (.VnTime);');
    expect(f?.message).toContain('TCVN 6909:2001');
  });
  it('one finding per font; silent for other notes', () => {
    const two = findingsWith(rule, [
      { code: 'legacy-font-converted', font: '.VnTime', count: 2 },
      { code: 'legacy-font-converted', font: 'VNI-Times', count: 1 },
    ]);
    expect(two).toHaveLength(2);
    expect(findingsWith(rule, [{ code: 'legacy-font-unconverted', font: '.VnTime' }, { code: 'docx-auto-numbering' }])).toEqual([]);
  });
  it('may be switched off or raised', () => {
    expect(findingsWith(rule, [{ code: 'legacy-font-converted', font: '.VnTime' }], { setting: 'off' })).toEqual([]);
    expect(findingsWith(rule, [{ code: 'legacy-font-converted', font: '.VnTime' }], { setting: 'warning' })[0]?.severity).toBe('warning');
    expect(validateConfig({ rules: { 'load/legacy-font-converted': 'off' } }, 'k.json', RULES).ok).toBe(true);
  });
});
