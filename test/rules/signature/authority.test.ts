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
});
