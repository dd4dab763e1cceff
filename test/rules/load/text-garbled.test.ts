import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/config/load.js';
import { RULES } from '../../../src/rules/index.js';
import rule from '../../../src/rules/load/text-garbled.js';
import { checkText } from '../../_pipeline.js';
import { findingsWith } from './_notes.js';

const GARBLED = rule.examples?.invalid[0]?.code ?? '';

describe('load/text-garbled', () => {
  it('quotes the sample of foreign letters from the typed field', () => {
    const [f] = findingsWith(rule, [{ code: 'text-garbled', sample: 'Ӣ Ѭ Ѫ' }], { lang: 'en' });
    expect(f?.message).toContain('not readable Vietnamese (Ӣ Ѭ Ѫ …)');
  });
  it('through the pipeline: the only finding of garbled text, and none for readable text', () => {
    expect(checkText(GARBLED).map((f) => f.ruleId)).toEqual(['load/text-garbled']);
    expect(checkText('KẾ HOẠCH\nCải cách hành chính năm 2025\n').map((f) => f.ruleId)).not.toContain('load/text-garbled');
  });
  it('cannot be switched off, even by a library caller that skips config validation', () => {
    expect(checkText(GARBLED, { rules: { 'load/text-garbled': 'off' } }).map((f) => [f.ruleId, f.severity])).toEqual([['load/text-garbled', 'warning']]);
    expect(validateConfig({ rules: { 'load/text-garbled': 'off' } }, 'k.json', RULES).ok).toBe(false);
    expect(validateConfig({ rules: { 'load/text-garbled': { severity: 'error' } } }, 'k.json', RULES).ok).toBe(true);
  });
});
