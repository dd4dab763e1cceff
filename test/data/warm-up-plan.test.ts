// The built-in plan a one-file check runs while its reader works (src/check.ts) must keep reaching every stage
// of the pipeline, or the warm-up stops warming: header, legal bases, sections, targets, an appendix table with
// tasks, recipients and signature.
import { describe, expect, it } from 'vitest';
import { WARM_UP_PLAN } from '../../src/data/warm-up-plan.js';
import { checkText, parseText } from '../_pipeline.js';

describe('the warm-up plan', () => {
  it('is read as a whole plan', () => {
    const { doc, facts } = parseText(WARM_UP_PLAN);
    expect(doc.header.documentType?.text).toBe('KẾ HOẠCH');
    expect(doc.header.documentNumber?.raw).toContain('01/KH-SM');
    expect(doc.legalBases.length).toBe(2);
    expect(doc.sections.length).toBeGreaterThanOrEqual(4);
    expect(doc.tables.length).toBe(1);
    expect(doc.tasks.length).toBe(3);
    expect(doc.tasks.every((t) => t.lead && t.deadline)).toBe(true);
    expect(doc.recipients?.items.length).toBe(1);
    expect(doc.signature?.signer?.text).toBe('Nguyễn Văn Mẫu');
    expect(facts.targets.length).toBeGreaterThanOrEqual(3);
    expect(facts.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('runs the rules: findings of several areas, none an error', () => {
    const findings = checkText(WARM_UP_PLAN, { today: '2025-01-10' });
    const areas = new Set(findings.map((f) => f.ruleId.split('/')[0]));
    expect(areas.size).toBeGreaterThanOrEqual(2);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
