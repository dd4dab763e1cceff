import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/target/duplicate.js';
import { emptyFacts, run, target } from '../_helpers.js';

const IND = 'người dân, doanh nghiệp khi thực hiện tthc không phải cung cấp lại giấy tờ';

describe('target/duplicate', () => {
  it('accepts a target restated in the task table (another role)', () => {
    const text = '80% A. 80% B.';
    const facts = emptyFacts();
    facts.targets.push(target(text, '80% A', { value: 80, indicator: IND, role: 'body' }), target(text, '80% B', { value: 80, indicator: IND, role: 'table' }));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('reports the second statement of the same target (seed004)', () => {
    const text = '80% A. 80% B.';
    const facts = emptyFacts();
    facts.targets.push(target(text, '80% A', { value: 80, indicator: IND }), target(text, '80% B', { value: 80, indicator: IND }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text])).toEqual([['duplicate', '80% B']]);
  });
});
