import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/deadline/invalid-date.js';
import { deadline, emptyFacts, run } from '../_helpers.js';

describe('deadline/invalid-date', () => {
  it('accepts valid dates and non-calendar deadlines', () => {
    const text = 'Trước ngày 30/6/2025\tThường xuyên';
    const facts = emptyFacts();
    facts.deadlines.push(deadline(text, 'Trước ngày 30/6/2025', { end: '2025-06-30' }), deadline(text, 'Thường xuyên', { kind: 'continuous' }));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('reports 31/6', () => {
    const text = 'Trước ngày 31/6/2025';
    const facts = emptyFacts();
    facts.deadlines.push(deadline(text, text, { valid: false }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text])).toEqual([['invalid', text]]);
  });
});
