import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/text/abbreviation-undefined.js';
import { findAbbreviations } from '../../../src/extract/abbreviations.js';
import { at, citation, emptyDoc, emptyFacts, run, section } from '../_helpers.js';

function facts(text: string, defs: string[], uses: [string, number][]) {
  const f = emptyFacts();
  for (const d of defs) f.abbreviations.definitions.push({ abbr: d, expansion: '', span: at(text, `(${d})`) });
  for (const [u, nth] of uses) f.abbreviations.uses.push({ abbr: u, span: at(text, u, nth) });
  return f;
}

describe('text/abbreviation-undefined', () => {
  it('accepts a defined abbreviation and standard ones (UBND, HĐND)', () => {
    const text = 'cải cách thủ tục hành chính (TTHC). Rà soát TTHC của UBND, HĐND.';
    expect(run(rule, { text, facts: facts(text, ['TTHC'], [['TTHC', 1], ['UBND', 0], ['HĐND', 0]]) })).toEqual([]);
  });
  it('reports once an abbreviation never defined, and one used before its definition', () => {
    const text = 'Rà soát QPPL và QPPL. Rà soát TTHC; cải cách thủ tục hành chính (TTHC).';
    const r = run(rule, { text, facts: facts(text, ['TTHC'], [['QPPL', 0], ['QPPL', 1], ['TTHC', 0]]) });
    expect(r.map((x) => [x.messageId, x.text])).toEqual([
      ['undefined', 'QPPL'],
      ['beforeDefinition', 'TTHC'],
    ]);
  });
});

// Issue 13 item 11: codes inside citations, capitalised headings and names of systems are not abbreviations.
describe('text/abbreviation-undefined: what is not an undefined abbreviation', () => {
  const uses = (text: string) => {
    const f = emptyFacts();
    const ab = findAbbreviations(text, 0);
    f.abbreviations.definitions.push(...ab.definitions);
    f.abbreviations.uses.push(...ab.uses);
    return f;
  };
  it('skips tokens inside a cited number (facts.citations span)', () => {
    const text = 'Căn cứ Tờ trình số 45/TTr-SNV ngày 02/01/2026 và Nghị quyết số 19 - NQ/TW ngày 16/6/2022.';
    const f = uses(text);
    f.citations.push(citation(text, { whole: 'Tờ trình số 45/TTr-SNV ngày 02/01/2026', number: '45/TTr-SNV', date: '02/01/2026' }));
    f.citations.push(citation(text, { whole: 'Nghị quyết số 19 - NQ/TW ngày 16/6/2022', number: '19 - NQ/TW', date: '16/6/2022' }));
    expect(run(rule, { text, facts: f })).toEqual([]);
  });
  it('skips the continuation of a symbol written with a stray space even when no citation was extracted', () => {
    const text = 'Quán triệt Nghị quyết số 27/NQ- TW của Ban Chấp hành Trung ương; Tờ trình 45/TTr- SNV.';
    expect(run(rule, { text, facts: uses(text) })).toEqual([]);
  });
  it.each(['III. KINH PHÍ\nKinh phí thực hiện từ ngân sách.', '**II. NỘI DUNG**\n1. Tuyên truyền.', '**IV. KINH\nPHÍ**\nNgân sách tỉnh.', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', 'KẾ HOẠCH KIỂM TRA\nTHEO QUYẾT ĐỊNH SỐ 10'])(
    'skips capitalised Vietnamese words of a heading: %j',
    (text) => {
      expect(run(rule, { text, facts: uses(text) })).toEqual([]);
    },
  );
  it('skips mixed-case names of systems and apps (VNeID, iHanoi, eKYC, ChatGPT)', () => {
    const text = 'Hướng dẫn người dân cài đặt VNeID, iHanoi; xác thực eKYC; thử nghiệm ChatGPT.';
    expect(run(rule, { text, facts: uses(text) })).toEqual([]);
  });
  it('still reports an undefined abbreviation in body text, next to a heading, and after a citation', () => {
    const text = 'III. KINH PHÍ\nNguồn vốn ODA và FDI theo Quyết định số 12/QĐ-UBND; hỗ trợ DNNVV.';
    const f = uses(text);
    f.citations.push(citation(text, { whole: 'Quyết định số 12/QĐ-UBND', number: '12/QĐ-UBND' }));
    expect(run(rule, { text, facts: f }).map((r) => r.text)).toEqual(['ODA', 'FDI', 'DNNVV']);
  });
});

describe('text/abbreviation-undefined: a numbered heading in capitals cut by a hard wrap', () => {
  it('skips "KINH" of a "**III. KINH" line standing alone, reports "TTHC" of "1. TTHC được…"', () => {
    const f = emptyFacts();
    const text = '**III. KINH';
    f.abbreviations.uses.push(...findAbbreviations(text, 0).uses);
    expect(run(rule, { text, facts: f })).toEqual([]);
    const body = '1. TTHC được công khai.';
    const g = emptyFacts();
    g.abbreviations.uses.push(...findAbbreviations(body, 0).uses);
    expect(run(rule, { text: body, facts: g }).map((r) => r.text)).toEqual(['TTHC']);
  });
});

describe('text/abbreviation-undefined: section titles in capitals', () => {
  it('skips a use inside a section title without lower-case letters, not one in a mixed-case title', () => {
    const text = 'IV. KINH\nPHÍ\n1. Nguồn vốn ODA';
    const doc = emptyDoc();
    doc.sections.push(section(text, 'IV.', 'roman', 'KINH'), section(text, '1.', 'arabic', 'Nguồn vốn ODA'));
    const f = emptyFacts();
    f.abbreviations.uses.push({ abbr: 'KINH', span: at(text, 'KINH') }, { abbr: 'ODA', span: at(text, 'ODA') });
    expect(run(rule, { text, doc, facts: f }).map((r) => r.text)).toEqual(['ODA']);
  });
});

// Found on real plans (fixtures/real): proper names, codes of standards, formulas and named short forms.
describe('text/abbreviation-undefined: names, standards, formulas, short names in parentheses', () => {
  const undefinedIn = (text: string): string[] => {
    const f = emptyFacts();
    const found = findAbbreviations(text, 0);
    f.abbreviations.definitions.push(...found.definitions);
    f.abbreviations.uses.push(...found.uses);
    return run(rule, { text, facts: f }).map((x) => x.text);
  };
  it('skips the letters of an enterprise name and the code of a standard before its number', () => {
    expect(undefinedIn('Kiểm tra Công ty TNHH MTV ACT và Công ty cổ phần Khoáng sản Đông Đô - BQP trong quý I.')).toEqual([]);
    expect(undefinedIn('Áp dụng tiêu chuẩn TCVN 14423:2025 và ISO 9001:2015 trong quản lý.')).toEqual([]);
  });
  it('still reports the abbreviation after the name has ended, or a standard code without a number', () => {
    expect(undefinedIn('Kiểm tra Công ty TNHH Hòa Bình. Triển khai phần mềm QLVBX.')).toEqual(['QLVBX']);
    expect(undefinedIn('Áp dụng các tiêu chuẩn TCVN trong quản lý.')).toEqual(['TCVN']);
  });
  it('skips chemical formulas and codes with digits', () => {
    expect(undefinedIn('Phòng, chống lạm dụng khí N2O ("bóng cười") và CO2 trong trường học.')).toEqual([]);
  });
  it('takes a short name in parentheses that holds the abbreviation as its definition', () => {
    expect(undefinedIn('Chỉ số cải cách hành chính (PAR Index) năm 2025 tăng. Cải thiện PAR của tỉnh.')).toEqual([]);
    expect(undefinedIn('Thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy (Chương trình MTQG). Kinh phí MTQG.')).toEqual([]);
    expect(undefinedIn('Phát triển khu thương mại tự do (Free Trade Zone / FTZ). Thu hút đầu tư vào FTZ.')).toEqual([]);
  });
  it('does not take a parenthesis with two abbreviations, or one used before it', () => {
    expect(undefinedIn('Phối hợp giữa hai bên (Sở KHCN và Sở TTTT) để triển khai. Báo cáo KHCN.')).toEqual(['KHCN', 'TTTT']);
    expect(undefinedIn('Đẩy mạnh MTQG. Thực hiện Chương trình mục tiêu quốc gia (Chương trình MTQG).')).toEqual(['MTQG']);
  });
});
