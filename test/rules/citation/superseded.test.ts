import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/superseded.js';
import { citation, emptyFacts, run } from '../_helpers.js';

const TEXT = 'theo đúng quy định tại Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về một cửa.';
function one(referenceDate: string, text = TEXT, extra: Parameters<typeof run>[1]['settings'] = {}) {
  const facts = emptyFacts();
  facts.citations.push(citation(text, { whole: 'Nghị định số 61/2018/NĐ-CP', typeWord: 'Nghị định', number: '61/2018/NĐ-CP' }));
  return run(rule, { text, facts, settings: { referenceDate, ...extra } });
}

describe('citation/superseded', () => {
  it('accepts NĐ 61/2018 before 01/7/2025', () => {
    expect(one('2025-06-30')).toEqual([]);
    expect(one('2021-08-15')).toEqual([]);
  });
  it('reports NĐ 61/2018 cited after 01/7/2025 (seed000)', () => {
    expect(one('2025-07-07').map((r) => [r.messageId, r.text, r.data?.effective])).toEqual([['superseded', 'Nghị định số 61/2018/NĐ-CP', '01/7/2025']]);
  });
  it('accepts a citation that says it was replaced', () => {
    expect(one('2025-08-01', 'Nghị định số 118/2025/NĐ-CP thay thế Nghị định số 61/2018/NĐ-CP.')).toEqual([]);
  });
  it('reports a law cited by name after 01/4/2025', () => {
    const text = 'theo Luật Ban hành văn bản quy phạm pháp luật năm 2015.';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Luật Ban hành văn bản quy phạm pháp luật năm 2015', typeWord: 'Luật', lawName: 'Luật Ban hành văn bản quy phạm pháp luật năm 2015' }));
    expect(run(rule, { text, facts, settings: { referenceDate: '2025-05-01' } }).map((r) => r.messageId)).toEqual(['superseded']);
    expect(run(rule, { text, facts, settings: { referenceDate: '2021-08-01' } })).toEqual([]);
  });
  it('reports each replaced document once, and uses config entries', () => {
    const text = 'Thông tư số 26/2019/TT-BTC; Thông tư số 26/2019/TT-BTC.';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Thông tư số 26/2019/TT-BTC', number: '26/2019/TT-BTC' }));
    facts.citations.push(citation(text, { whole: 'Thông tư số 26/2019/TT-BTC', number: '26/2019/TT-BTC', nth: 1 }));
    const registryExtra = [{ key: '26/2019/TT-BTC', replacedBy: 'Thông tư mới', effective: '2025-01-01', source: 'config' }];
    expect(run(rule, { text, facts, settings: { referenceDate: '2025-07-07', registryExtra } }).length).toBe(1);
    expect(run(rule, { text, facts, settings: { referenceDate: '2025-07-07' } })).toEqual([]);
  });
  it('never reports an unsure entry', () => {
    const text = 'Thông tư số 01/2018/TT-VPCP';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: text, number: '01/2018/TT-VPCP' }));
    expect(run(rule, { text, facts, settings: { referenceDate: '2026-01-01' } })).toEqual([]);
  });
});
