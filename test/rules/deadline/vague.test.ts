import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/deadline/vague.js';
import { deadline, emptyFacts, run } from '../_helpers.js';

describe('deadline/vague', () => {
  it('accepts calendar deadlines and vague words outside tasks', () => {
    const text = 'Quý II/2025 … thường xuyên đăng tải';
    const facts = emptyFacts();
    facts.deadlines.push(deadline(text, 'Quý II/2025', { kind: 'by-quarter', task: 0 }), deadline(text, 'thường xuyên', { kind: 'continuous', task: null, role: 'body' }));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('reports "Thường xuyên" and "Khi có phát sinh" task deadlines', () => {
    const text = 'Thường xuyên\tKhi có phát sinh';
    const facts = emptyFacts();
    facts.deadlines.push(deadline(text, 'Thường xuyên', { kind: 'continuous', task: 0 }), deadline(text, 'Khi có phát sinh', { kind: 'conditional', task: 1 }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text])).toEqual([
      ['vague', 'Thường xuyên'],
      ['vague', 'Khi có phát sinh'],
    ]);
  });
});
