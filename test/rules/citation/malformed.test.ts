import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/malformed.js';
import { citation, DEFAULT_SETTINGS, emptyDoc, emptyFacts, run } from '../_helpers.js';
import { findCitations } from '../../../src/extract/citations.js';
import { formatMessage } from '../../../src/engine/index.js';

function one(text: string, o: Parameters<typeof citation>[1]) {
  const facts = emptyFacts();
  facts.citations.push(citation(text, o));
  return run(rule, { text, facts });
}

describe('citation/malformed', () => {
  it('accepts a well-formed number', () => {
    const text = 'Nghị định số 63/2010/NĐ-CP ngày 08/6/2010';
    expect(one(text, { whole: text, typeWord: 'Nghị định', number: '63/2010/NĐ-CP', date: '08/6/2010' })).toEqual([]);
  });
  it('reports "63/2010/NĐCP" with the fix (seed004), even when the extractor gave no reason', () => {
    const text = 'Nghị định số 63/2010/NĐCP ngày 08/6/2010';
    const r = one(text, { whole: text, typeWord: 'Nghị định', number: '63/2010/NĐCP', date: '08/6/2010', form: 'normative' });
    expect(r.map((x) => [x.messageId, x.text, x.data?.expected])).toEqual([['malformed', text, '63/2010/NĐ-CP']]);
  });
  it('reports "46/2022/QĐ UBND" and "71/2024/NQHĐND" (seed001)', () => {
    const text = 'Quyết định số 46/2022/QĐ UBND ngày 28/10/2022; Nghị quyết số 71/2024/NQHĐND ngày 08/10/2024';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Quyết định số 46/2022/QĐ UBND', number: '46/2022/QĐ UBND', malformed: ['space-in-code'] }));
    facts.citations.push(citation(text, { whole: 'Nghị quyết số 71/2024/NQHĐND', number: '71/2024/NQHĐND', malformed: ['missing-hyphen'] }));
    expect(run(rule, { text, facts }).map((x) => x.data?.expected)).toEqual(['46/2022/QĐ-UBND', '71/2024/NQ-HĐND']);
  });
  it('reports a missing year without a fix, and never shows an internal code', () => {
    const text = 'Nghị định 61/NĐ-CP';
    const r = one(text, { whole: text, number: '61/NĐ-CP', malformed: ['missing-year'], form: 'administrative' });
    expect(r.map((x) => x.messageId)).toEqual(['missingYear']);
  });
});

/** Extracted for real: the extractor and the rule together, with the fix text and the span it replaces. */
function real(text: string) {
  const facts = emptyFacts();
  facts.citations.push(...findCitations(text, 0, 'body'));
  const out = [];
  for (const r of rule.check({ doc: emptyDoc(), facts, text, options: {}, settings: DEFAULT_SETTINGS, notes: [] })) {
    out.push({ id: r.messageId, fix: r.fix ? [text.slice(r.fix.span.start, r.fix.span.end), r.fix.text] : null, msg: formatMessage(rule.messages[r.messageId].vi, r.data) });
  }
  return out;
}

describe('citation/malformed on extracted citations (issue 13 item 5)', () => {
  it.each([
    ['Xét Tờ trình số 17/TTr- STP ngày 02/4/2025 của Sở Tư pháp.', '17/TTr- STP', '17/TTr-STP', 'spaceInCode'],
    ['Thực hiện Chỉ thị số 05/CT -TTg ngày 10/2/2024 của Thủ tướng Chính phủ.', '05/CT -TTg', '05/CT-TTg', 'spaceInCode'],
    ['Quán triệt Nghị quyết số 21- NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.', '21- NQ/TW', '21-NQ/TW', 'spaceInCode'],
    ['Quán triệt Kết luận số 14-KL/TW KL/TW ngày 22/9/2021 của Bộ Chính trị.', '14-KL/TW KL/TW', '14-KL/TW', 'doubledSymbol'],
    ['theo Nghị quyết 07/TU ngày 03/3/2021 của Tỉnh ủy', '07/TU', '07-NQ/TU', 'partyMissingType'],
    ['theo Nghị quyết số 33/NQ-TW ngày 09/6/2014 của Ban Chấp hành Trung ương', '33/NQ-TW', '33-NQ/TW', 'partySlash'],
    ['theo Thông tư số 15/2021/TT- BTC ngày 18/2/2021 của Bộ Tài chính', '15/2021/TT- BTC', '15/2021/TT-BTC', 'spaceInCode'],
    ['theo Nghị quyết số 88/NQ -CP ngày 04/8/2023 của Chính phủ', '88/NQ -CP', '88/NQ-CP', 'spaceInCode'],
  ])('%s', (text, wrong, right, id) => {
    const r = real(text);
    expect(r.map((x) => [x.id, x.fix])).toEqual([[id, [wrong, right]]]);
    expect(r[0]?.msg).not.toMatch(/\([a-z]+(?:-[a-z]+)+\)/u);
  });
  it.each([
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
    'Xét Tờ trình số 17/TTr-STP ngày 02/4/2025 của Sở Tư pháp.',
    'Kế hoạch số 184/KH-UBND - Ban hành ngày 07/7/2025',
    'giai đoạn 2021 - 2025; Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ',
    'chỉ tiêu 12/TU giao',
    'Kết luận số 14-KL/TW, KL/TW khác',
  ])('no finding: %s', (text) => {
    expect(real(text)).toEqual([]);
  });
});

describe('issuer codes inside a malformed number are not undefined abbreviations', () => {
  it('text/abbreviation-undefined skips "STP" in "17/TTr- STP" but still reports it in prose', async () => {
    const abbr = (await import('../../../src/rules/text/abbreviation-undefined.js')).default;
    const { findAbbreviations } = await import('../../../src/extract/abbreviations.js');
    const check = (text: string) => {
      const facts = emptyFacts();
      facts.citations.push(...findCitations(text, 0, 'body'));
      facts.abbreviations = findAbbreviations(text, 0);
      return run(abbr, { text, facts }).map((r) => r.data?.abbr);
    };
    expect(check('Xét Tờ trình số 17/TTr- STP ngày 02/4/2025 của Sở Tư pháp.')).not.toContain('STP');
    expect(check('Giao STP chủ trì thực hiện.')).toContain('STP');
  });
});
