// The rule data tables: every entry has a source and a confidence, and its examples behave as stated.
import { describe, expect, it } from 'vitest';
import { documentNumberKey } from '../../src/data/document-number.js';
import { LEGAL_REGISTRY, numberMatches } from '../../src/data/legal-registry.js';
import { MISSPELLINGS } from '../../src/data/misspellings.js';
import { MERGED_PROVINCES, OBSOLETE_TERMS, TWO_LEVEL_DATE } from '../../src/data/admin-units.js';
import { MOTTO, NATIONAL_NAME, POINT_LETTERS, TYPE_WORD_CODES, VBHC_TYPE_CODES } from '../../src/data/nd30.js';
import misspelling from '../../src/rules/text/misspelling.js';
import obsolete from '../../src/rules/text/obsolete-admin-unit.js';
import { run } from './_helpers.js';

const CONF = ['certain', 'likely', 'unsure'];

describe('nd30', () => {
  it('national name and motto examples', () => {
    for (const v of NATIONAL_NAME.examples.valid) expect(NATIONAL_NAME.pattern.test(v)).toBe(true);
    for (const v of NATIONAL_NAME.examples.invalid) expect(NATIONAL_NAME.pattern.test(v)).toBe(false);
    for (const v of MOTTO.examples.valid) expect(MOTTO.pattern.test(v)).toBe(true);
    for (const v of MOTTO.examples.invalid) expect(MOTTO.pattern.test(v)).toBe(false);
  });
  it('Phụ lục III has 27 type codes, KH among them; point letters skip f and put đ after d', () => {
    expect(VBHC_TYPE_CODES).toHaveLength(27);
    expect(VBHC_TYPE_CODES.find((t) => t.type === 'Kế hoạch')?.code).toBe('KH');
    expect(POINT_LETTERS.slice(0, 7).join('')).toBe('abcdđeg');
    for (const t of TYPE_WORD_CODES) expect(CONF).toContain(t.confidence);
  });
});

describe('legal registry', () => {
  it.each(LEGAL_REGISTRY.map((e) => [e.number, e] as const))('%s', (_n, e) => {
    expect(e.source.length).toBeGreaterThan(5);
    expect(CONF).toContain(e.confidence);
    expect(e.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    for (const m of e.examples.match) expect(numberMatches(e.number, m) || (e.names ?? []).some((re) => re.test(m))).toBe(true);
    for (const m of e.examples.noMatch) expect(numberMatches(e.number, m) || (e.names ?? []).some((re) => re.test(m))).toBe(false);
  });
  it('folds Đ/D, hyphens and spaces', () => {
    expect(documentNumberKey('61/2018/ND-CP')).toBe(documentNumberKey('61/2018/NĐ-CP'));
    expect(documentNumberKey('63/2010/NĐCP')).toBe(documentNumberKey('63/2010/NĐ-CP'));
  });
});

describe('misspellings', () => {
  it.each(MISSPELLINGS.map((e) => [e.wrong, e] as const))('%s', (_w, e) => {
    expect(e.source.length).toBeGreaterThan(5);
    expect(CONF).toContain(e.confidence);
    for (const s of e.examples.flagged) expect(run(misspelling, { text: s }).filter((r) => r.messageId === 'misspelling').map((r) => r.data?.correct)).toContain(e.correct);
    for (const s of e.examples.clean) expect(run(misspelling, { text: s }).filter((r) => r.messageId === 'misspelling')).toEqual([]);
  });
});

describe('admin units', () => {
  const after = { referenceDate: TWO_LEVEL_DATE };
  it.each(OBSOLETE_TERMS.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    expect(CONF).toContain(t.confidence);
    for (const s of t.examples.flagged) expect(run(obsolete, { text: s, settings: after }).length).toBeGreaterThan(0);
    for (const s of t.examples.clean) expect(run(obsolete, { text: s, settings: after })).toEqual([]);
  });
  it('every merged province is found after "tỉnh" and has a source', () => {
    for (const p of MERGED_PROVINCES) {
      expect(p.source.length).toBeGreaterThan(5);
      expect(run(obsolete, { text: `trên địa bàn tỉnh ${p.name}.`, settings: after }).map((r) => r.data?.mergedInto)).toEqual([p.mergedInto]);
    }
  });
});
