import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/issuer-mismatch.js';
import { citation, DEFAULT_SETTINGS, emptyDoc, emptyFacts, run } from '../_helpers.js';
import { findCitations } from '../../../src/extract/citations.js';
import { FIXED_ISSUERS } from '../../../src/data/doc-types.js';

function one(typeWord: string, number: string, issuer: string) {
  const text = `${typeWord} số ${number} ngày 24/6/2022 của ${issuer} quy định`;
  const facts = emptyFacts();
  facts.citations.push(citation(text, { whole: text, typeWord, number, date: '24/6/2022', issuer }));
  return run(rule, { text, facts });
}

describe('citation/issuer-mismatch', () => {
  it('accepts a Nghị định of the Chính phủ and a Thông tư of a minister', () => {
    expect(one('Nghị định', '42/2022/NĐ-CP', 'Chính phủ')).toEqual([]);
    expect(one('Thông tư', '02/2017/TT-VPCP', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ')).toEqual([]);
    expect(one('Quyết định', '468/QĐ-TTg', 'Thủ tướng Chính phủ')).toEqual([]);
  });
  it('reports a Nghị định attributed to the Thủ tướng (seed000)', () => {
    const r = one('Nghị định', '42/2022/NĐ-CP', 'Thủ tướng Chính phủ');
    expect(r.map((x) => [x.messageId, x.text])).toEqual([['wrongIssuer', 'Thủ tướng Chính phủ']]);
  });
  it('reports a Thông tư of the Chính phủ, and a Nghị định coded for another issuer', () => {
    expect(one('Thông tư', '01/2020/TT-CP', 'Chính phủ').map((x) => x.messageId)).toEqual(['notByGovernment']);
    expect(one('Nghị định', '42/2022/NĐ-TTg', 'Thủ tướng Chính phủ').map((x) => x.messageId)).toEqual(['wrongIssuer']);
    const text = 'Nghị định số 42/2022/NĐ-TTg';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: text, typeWord: 'Nghị định', number: '42/2022/NĐ-TTg' }));
    expect(run(rule, { text, facts }).map((x) => [x.messageId, x.data?.code])).toEqual([['wrongCode', 'TTg']]);
  });
});

/** Extracted for real, so doc types and issuer clauses come from the extractor. */
function real(text: string) {
  const facts = emptyFacts();
  facts.citations.push(...findCitations(text, 0, 'body'));
  const out = [];
  for (const r of rule.check({ doc: emptyDoc(), facts, text, options: {}, settings: DEFAULT_SETTINGS, notes: [] })) {
    out.push({ id: r.messageId, severity: r.severity ?? rule.meta.defaultSeverity, fix: r.fix ? [text.slice(r.fix.span.start, r.fix.span.end), r.fix.text] : null });
  }
  return out;
}

describe('citation/issuer-mismatch for every type with a fixed issuer (issue 13 item 6)', () => {
  it.each([
    ['Thực hiện Quyết định số 2044/QĐ-TTg ngày 09/12/2023 của Chính phủ về chuyển đổi số.', 'Chính phủ', 'Thủ tướng Chính phủ'],
    ['Thực hiện Chỉ thị số 04/CT-TTg ngày 11/2/2021 của Chính phủ về việc đẩy mạnh.', 'Chính phủ', 'Thủ tướng Chính phủ'],
    ['Thực hiện Công điện số 77/CĐ-TTg ngày 20/5/2024 của Chính phủ.', 'Chính phủ', 'Thủ tướng Chính phủ'],
    ['Thực hiện Nghị quyết số 131/NQ-CP ngày 06/10/2022 của Thủ tướng Chính phủ về đẩy mạnh.', 'Thủ tướng Chính phủ', 'Chính phủ'],
    ['Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Bộ Nội vụ về thủ tục hành chính.', 'Bộ Nội vụ', 'Chính phủ'],
    ['Căn cứ Luật số 20/2023/QH15 ngày 22/6/2023 của Ủy ban Thường vụ Quốc hội.', 'Ủy ban Thường vụ Quốc hội', 'Quốc hội'],
    ['Căn cứ Nghị quyết số 190/2025/QH15 ngày 19/02/2025 của Chính phủ.', 'Chính phủ', 'Quốc hội'],
    ['Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Quốc hội.', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội'],
  ])('%s', (text, wrong, right) => {
    expect(real(text)).toEqual([{ id: 'wrongIssuer', severity: 'error', fix: [wrong, right] }]);
  });
  it('reports a Party document attributed to a state body as a warning, without a fix', () => {
    expect(real('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Chính phủ về đột phá.')).toEqual([{ id: 'partyIssuer', severity: 'warning', fix: null }]);
    expect(real('Thực hiện Kết luận số 09-KL/TU ngày 05/3/2024 của UBND tỉnh.')).toEqual([{ id: 'partyIssuer', severity: 'warning', fix: null }]);
  });
  it.each([
    'Thực hiện Quyết định số 2044/QĐ-TTg ngày 09/12/2023 của Thủ tướng Chính phủ về chuyển đổi số.',
    'Thực hiện Quyết định số 2044/QĐ-TTg ngày 09/12/2023 của Phó Thủ tướng Chính phủ.',
    'Thực hiện Quyết định số 15/QĐ-UBND ngày 09/12/2023 của Chủ tịch UBND tỉnh.',
    'Thực hiện Nghị quyết số 131/NQ-CP ngày 06/10/2022 của Chính phủ về đẩy mạnh.',
    'Căn cứ Luật số 20/2023/QH15 ngày 22/6/2023 của Quốc hội.',
    'Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban Thường vụ Quốc hội.',
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá.',
    'Thực hiện Kết luận số 09-KL/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy.',
    'Thực hiện Nghị quyết số 12/NQ-HĐND ngày 05/3/2024 của HĐND tỉnh.',
    'Thực hiện Quyết định số 2044/QĐ-TTg ngày 09/12/2023 về chuyển đổi số.',
  ])('no finding: %s', (text) => {
    expect(real(text)).toEqual([]);
  });
  it('every FIXED_ISSUERS example behaves as its data says', () => {
    for (const e of FIXED_ISSUERS) {
      for (const s of e.examples.flagged) expect(real(s).length, s).toBe(1);
      for (const s of e.examples.clean) expect(real(s), s).toEqual([]);
    }
  });
});
