// The legal registry (issue 13 item 8): every entry sourced and graded, its examples matched by the real
// extractor, and listed with its source on the docs page that `kehoach explain citation/superseded` prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGAL_REGISTRY, MERGED_ISSUERS, REGISTRY_STATUS } from '../../src/data/legal-registry.js';
import rule, { matches } from '../../src/rules/citation/superseded.js';
import { findCitations } from '../../src/extract/citations.js';
import { emptyFacts, run } from '../rules/_helpers.js';

const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules', 'citation', 'superseded.md'), 'utf8');

describe('legal registry entries', () => {
  it.each(LEGAL_REGISTRY.map((e, i) => [`${i} ${e.number}`, e] as const))('%s', (_n, e) => {
    expect(['verified', 'secondary', 'unsure', 'n/a']).toContain(e.mark);
    expect(e.confidence).toBe({ verified: 'certain', secondary: 'likely', unsure: 'unsure', 'n/a': 'unsure' }[e.mark]);
    if (e.status === 'replaced-part') expect(e.scope?.length ?? 0).toBeGreaterThan(5);
    expect(page).toContain(e.number);
    expect(page).toContain(e.source.replace(/\|/gu, '\\|'));
    // Each example, extracted for real as a "Căn cứ" line, is reported from the effective date on (unsure: never).
    for (const m of e.examples.match) {
      const text = `Căn cứ ${/^(?:Luật|\d+-)/u.test(m) ? m : `văn bản số ${m}`};`;
      const facts = emptyFacts();
      facts.citations.push(...findCitations(text, 0, 'basis'));
      const found = run(rule, { text, facts, settings: { referenceDate: e.effective } });
      expect(found.length, `${m} on ${e.effective}`).toBe(e.confidence === 'unsure' ? 0 : 1);
      const day = new Date(Date.parse(e.effective) - 86400000).toISOString().slice(0, 10);
      if (LEGAL_REGISTRY.some((x) => x !== e && x.number === e.number && x.effective < e.effective)) continue;
      expect(run(rule, { text, facts, settings: { referenceDate: day } }), `${m} on ${day}`).toEqual([]);
    }
    for (const m of e.examples.noMatch) {
      const text = `Căn cứ ${/^(?:Luật|\d+-)/u.test(m) ? m : `văn bản số ${m}`};`;
      const facts = emptyFacts();
      facts.citations.push(...findCitations(text, 0, 'basis'));
      expect(facts.citations.some((c) => matches(e, c)), m).toBe(false);
    }
  });
  it('rows that are amended, in force or without an effective date never produce a finding', () => {
    for (const e of REGISTRY_STATUS) {
      expect(page).toContain(e.number);
      for (const m of e.examples.match) {
        const text = `Căn cứ văn bản số ${m};`;
        const facts = emptyFacts();
        facts.citations.push(...findCitations(text, 0, 'basis'));
        expect(run(rule, { text, facts, settings: { referenceDate: '2027-01-01' } }), m).toEqual([]);
      }
    }
  });
  it('the Luật Tổ chức chính quyền địa phương was replaced in two steps in 2025', () => {
    const steps = LEGAL_REGISTRY.filter((e) => /chính quyền địa phương/u.test(e.title) && !/^47\//u.test(e.number));
    expect(steps.map((e) => [e.number, e.effective])).toEqual([
      ['77/2015/QH13', '2025-03-01'],
      ['65/2025/QH15', '2025-06-16'],
    ]);
  });
  it('lists the merged ministries on the docs page', () => {
    for (const m of MERGED_ISSUERS) expect(page).toContain(m.codes[0]);
  });
});
