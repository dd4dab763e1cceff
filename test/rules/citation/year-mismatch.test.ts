import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/year-mismatch.js';
import { citation, emptyFacts, run } from '../_helpers.js';

function one(number: string, date: string) {
  const text = `Nghị định số ${number} ngày ${date}`;
  const facts = emptyFacts();
  facts.citations.push(citation(text, { whole: text, typeWord: 'Nghị định', number, date }));
  return run(rule, { text, facts });
}

describe('citation/year-mismatch', () => {
  it('accepts the same year, and administrative numbers without a year', () => {
    expect(one('118/2025/NĐ-CP', '09/6/2025')).toEqual([]);
    expect(one('468/QĐ-TTg', '27/3/2021')).toEqual([]);
  });
  it('reports 2025 in the number with a 2024 date', () => {
    expect(one('118/2025/NĐ-CP', '09/6/2024').map((r) => [r.messageId, r.data?.numberYear, r.data?.dateYear])).toEqual([['mismatch', 2025, 2024]]);
  });
});

describe('citation date messages (issue 13 item 11)', () => {
  it('never write "ngày ngày" when the cited date is written in full', async () => {
    const { findCitations } = await import('../../../src/extract/citations.js');
    const { formatMessage } = await import('../../../src/engine/index.js');
    const { DEFAULT_SETTINGS, emptyDoc, emptyFacts: ef } = await import('../_helpers.js');
    const text = 'Căn cứ Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 của Quốc hội;';
    const facts = ef();
    facts.citations.push(...findCitations(text, 0, 'basis'));
    const msgs = [...rule.check({ doc: emptyDoc(), facts, text, options: {}, settings: DEFAULT_SETTINGS, notes: [] })].map((r) => formatMessage(rule.messages[r.messageId].vi, r.data));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('ghi ngày 27 tháng 11 năm 2025');
    expect(msgs[0]).not.toMatch(/ngày ngày/u);
  });
});
