import { messageSeverity } from '../../../src/engine/index.js';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/signature/authority.js';
import type { Signature } from '../../../src/model/plan.js';
import { at, emptyDoc, ref, run } from '../_helpers.js';

function signed(lines: string[], name: string, authority: Signature['authority'], body?: string) {
  const text = `${body ? `${body}\n` : ''}${lines.join('\n')}\n${name}\n`;
  const doc = emptyDoc();
  if (body) doc.header.issuingBody = ref(text, body);
  doc.signature = { authority, titleLines: lines.map((l) => ref(text, l)), signer: ref(text, name), span: at(text, lines[0] ?? name) };
  return { text, doc };
}

describe('signature/authority', () => {
  it('accepts KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH and a plain head', () => {
    expect(run(rule, signed(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Đức Thuận', 'KT', 'SỞ DÂN TỘC VÀ TÔN GIÁO'))).toEqual([]);
    expect(run(rule, signed(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Nguyễn Văn A', 'TM', 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'))).toEqual([]);
    expect(run(rule, signed(['GIÁM ĐỐC'], 'Đào Duy Trọng', null))).toEqual([]);
  });
  it('warns on TM. for a Sở (single head)', () => {
    const r = run(rule, signed(['TM. SỞ NỘI VỤ', 'GIÁM ĐỐC'], 'Nguyễn Văn A', 'TM', 'SỞ NỘI VỤ'));
    expect(r.map((x) => [x.messageId, x.text])).toEqual([['tmSingleHead', 'TM. SỞ NỘI VỤ']]);
  });
  it('warns on TM. before an office', () => {
    expect(run(rule, signed(['TM. GIÁM ĐỐC'], 'Nguyễn Văn A', 'TM')).map((x) => x.messageId)).toEqual(['tmNotCollective']);
  });
  it('warns when KT. is not followed by a deputy office', () => {
    expect(run(rule, signed(['KT. GIÁM ĐỐC', 'TRƯỞNG PHÒNG'], 'Nguyễn Văn A', 'KT')).map((x) => [x.messageId, x.text])).toEqual([['ktDeputy', 'TRƯỞNG PHÒNG']]);
  });
  it('warns on an academic title before the name', () => {
    expect(run(rule, signed(['GIÁM ĐỐC'], 'TS. Nguyễn Văn A', null)).map((x) => [x.messageId, x.data?.title])).toEqual([['academicTitle', 'TS.']]);
  });
  it('checks a KT. line under TM. too, and knows a minister\'s deputy is a THỨ TRƯỞNG', () => {
    expect(run(rule, signed(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn A', 'TM', 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI'))).toEqual([]);
    expect(run(rule, signed(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'ỦY VIÊN'], 'Nguyễn Văn A', 'TM')).map((x) => [x.messageId, x.data?.deputy])).toEqual([['ktDeputy', 'PHÓ CHỦ TỊCH']]);
    expect(run(rule, signed(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], 'Nguyễn Văn A', 'KT', 'BỘ NỘI VỤ'))).toEqual([]);
    expect(run(rule, signed(['KT. BỘ TRƯỞNG', 'CHÁNH VĂN PHÒNG'], 'Nguyễn Văn A', 'KT')).map((x) => [x.messageId, x.data?.deputy])).toEqual([['ktDeputy', 'THỨ TRƯỞNG']]);
  });
  it('gives "T/M." → "TM." as an info with a mechanical fix; "TM." itself is silent', () => {
    const input = signed(['T/M. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN'], 'Nguyễn Văn A', 'TM');
    const reports = [...rule.check({ ...input, facts: { citations: [], dates: [], deadlines: [], targets: [], abbreviations: { definitions: [], uses: [] }, period: null, referenceDate: null }, options: {}, settings: { stage: 'final', profile: 'generic', referenceDate: null, registryExtra: [], units: [] }, notes: [] })];
    expect(reports.map((r) => [r.messageId, messageSeverity(rule, r.messageId), r.fix?.text])).toEqual([['prefixForm', 'info', 'TM.']]);
    const fix = reports[0]?.fix;
    expect(fix && input.text.slice(0, fix.span.start) + fix.text + input.text.slice(fix.span.end)).toContain('TM. ĐOÀN KIỂM TRA');
    expect(run(rule, signed(['TM. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN'], 'Nguyễn Văn A', 'TM'))).toEqual([]);
  });
  it('suggests the block that fits the issuing body for TM. on a Sở', () => {
    const input = signed(['TM. SỞ NỘI VỤ', 'GIÁM ĐỐC'], 'Nguyễn Văn A', 'TM', 'SỞ NỘI VỤ');
    expect(run(rule, input).map((x) => x.data?.block)).toEqual(['KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / <Họ tên>']);
  });
});
