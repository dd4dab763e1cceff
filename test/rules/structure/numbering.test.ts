import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/structure/numbering.js';
import { emptyDoc, run, section } from '../_helpers.js';

describe('structure/numbering', () => {
  it('accepts I, II, III with 1, 2 and a, b, c, d, đ, e, g', () => {
    const text = 'I. A\n1. X\na) p\nb) p\nc) p\nd) p\nđ) p\ne) p\ng) p\n2. Y\nII. B\nIII. C\n';
    const doc = emptyDoc();
    const letters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'].map((l) => section(text, `${l})`, 'letter', 'p'));
    doc.sections = [section(text, 'I.', 'roman', 'A', [section(text, '1.', 'arabic', 'X', letters), section(text, '2.', 'arabic', 'Y')]), section(text, 'II.', 'roman', 'B'), section(text, 'III.', 'roman', 'C')];
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('reports a repeated III. (seed003)', () => {
    const text = 'I. MỤC ĐÍCH\nII. CHỈ TIÊU\nIII. NHIỆM VỤ\nIII. TỔ CHỨC THỰC HIỆN\n';
    const doc = emptyDoc();
    doc.sections = [section(text, 'I.', 'roman', 'MỤC ĐÍCH'), section(text, 'II.', 'roman', 'CHỈ TIÊU'), section(text, 'III.', 'roman', 'NHIỆM VỤ'), section(text, 'III.', 'roman', 'TỔ CHỨC THỰC HIỆN')];
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.text, r.data?.expected])).toEqual([['duplicate', 'III. TỔ CHỨC THỰC HIỆN', 'IV.']]);
  });
  it('reports f) as an error, without also calling it a skip', () => {
    const text = 'e) Năm\nf) Sáu\ng) Bảy\n';
    const doc = emptyDoc();
    doc.sections = [section(text, 'e)', 'letter', 'Năm'), section(text, 'f)', 'letter', 'Sáu'), section(text, 'g)', 'letter', 'Bảy')];
    // "e)" is the first of this list here; f) is forbidden; g) then follows the counted f).
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.text, r.severity])).toEqual([['forbiddenLetter', 'f) Sáu', 'error']]);
  });
  it('warns on a skipped letter (d → e without đ) and a skipped number', () => {
    const text = 'a) A\nb) B\nc) C\nd) D\ne) E\n1. X\n3. Z\n';
    const doc = emptyDoc();
    doc.sections = [
      ...['a', 'b', 'c', 'd', 'e'].map((l) => section(text, `${l})`, 'letter', l.toUpperCase())),
      section(text, '1.', 'arabic', 'X'),
      section(text, '3.', 'arabic', 'Z'),
    ];
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.data?.expected])).toEqual([
      ['skipped', 'đ)'],
      ['skipped', '2.'],
    ]);
  });
  it('does not call a run-in item a skip ("… 5. Tiếp tục" inside item 4)', () => {
    const text = '4. Bốn\n6. Sáu\n';
    const doc = emptyDoc();
    const four = section(text, '4.', 'arabic', 'Bốn');
    four.paragraphs.push({ text: 'Thực hiện cải cách. 5. Tiếp tục rà soát.', span: { start: 0, end: 1 } });
    doc.sections = [four, section(text, '6.', 'arabic', 'Sáu')];
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('accepts a restart at 1 under a new unnumbered heading', () => {
    const text = '1. A\n2. B\n1. C\n2. D\n';
    const doc = emptyDoc();
    doc.sections = [section(text, '1.', 'arabic', 'A'), section(text, '2.', 'arabic', 'B'), section(text, '1.', 'arabic', 'C'), section(text, '2.', 'arabic', 'D')];
    expect(run(rule, { text, doc })).toEqual([]);
  });
});
