import { describe, expect, it } from 'vitest';
import { starterConfig } from '../../src/config/starter.js';
import { validateConfig } from '../../src/config/load.js';
import { RULES } from '../../src/rules/index.js';

describe('starterConfig', () => {
  for (const profile of ['cchc', 'generic'] as const) {
    for (const lang of ['vi', 'en'] as const) {
      it(`is valid JSON the config loader accepts (${profile}, ${lang})`, () => {
        const text = starterConfig(profile, lang);
        expect(text.endsWith('}\n')).toBe(true);
        const raw = JSON.parse(text) as Record<string, unknown>;
        expect(Object.keys(raw).filter((k) => !k.startsWith('//'))).toEqual(['profile', 'stage', 'rules', 'registry', 'units', 'ignore']);
        const result = validateConfig(raw, 'kehoach.config.json', RULES);
        expect(result).toMatchObject({ ok: true, config: { profile, stage: 'final', rules: { 'deadline/vague': 'info' } } });
        expect(text.includes('chú thích')).toBe(lang === 'vi');
      });
    }
  }
});
