import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/inconsistent.js';
import { citation, emptyFacts, run } from '../_helpers.js';

describe('citation/inconsistent', () => {
  it('accepts the same date twice, and administrative numbers of local bodies in different years', () => {
    const text = 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025; Nghị định số 118/2025/NĐ-CP ngày 09/6/2025. Kế hoạch số 02/KH-UBND ngày 15/7/2025; Kế hoạch số 02/KH-UBND ngày 10/01/2024.';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025', number: '118/2025/NĐ-CP', date: '09/6/2025' }));
    facts.citations.push(citation(text, { whole: 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025', number: '118/2025/NĐ-CP', date: '09/6/2025', nth: 1 }));
    facts.citations.push(citation(text, { whole: 'Kế hoạch số 02/KH-UBND ngày 15/7/2025', number: '02/KH-UBND', date: '15/7/2025' }));
    facts.citations.push(citation(text, { whole: 'Kế hoạch số 02/KH-UBND ngày 10/01/2024', number: '02/KH-UBND', date: '10/01/2024' }));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('reports a normative document cited with two dates, once', () => {
    const text = 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025; Nghị định số 118/2025/NĐ-CP ngày 19/6/2025; Nghị định số 118/2025/NĐ-CP ngày 29/6/2025.';
    const facts = emptyFacts();
    for (const d of ['09/6/2025', '19/6/2025', '29/6/2025']) facts.citations.push(citation(text, { whole: `Nghị định số 118/2025/NĐ-CP ngày ${d}`, number: '118/2025/NĐ-CP', date: d }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text])).toEqual([['date', '19/6/2025']]);
  });
  it('reports one document attributed to two issuers', () => {
    const text = 'Nghị định số 42/2022/NĐ-CP của Chính phủ; Nghị định số 42/2022/NĐ-CP của Thủ tướng Chính phủ.';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Nghị định số 42/2022/NĐ-CP của Chính phủ', number: '42/2022/NĐ-CP', issuer: 'Chính phủ', issuerId: 'chinh-phu' }));
    facts.citations.push(citation(text, { whole: 'Nghị định số 42/2022/NĐ-CP của Thủ tướng Chính phủ', number: '42/2022/NĐ-CP', issuer: 'Thủ tướng Chính phủ', issuerId: 'thu-tuong' }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text])).toEqual([['issuer', 'Thủ tướng Chính phủ']]);
  });
});
