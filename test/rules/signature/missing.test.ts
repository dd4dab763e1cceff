import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/signature/missing.js';
import { at, emptyDoc, ref, run } from '../_helpers.js';

describe('signature/missing', () => {
  it('accepts a signature block with a name', () => {
    const text = 'GIÁM ĐỐC\nĐào Duy Trọng\n';
    const doc = emptyDoc();
    doc.signature = { authority: null, titleLines: [ref(text, 'GIÁM ĐỐC')], signer: ref(text, 'Đào Duy Trọng'), span: at(text, 'GIÁM ĐỐC\nĐào Duy Trọng') };
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('reports a missing block on the last line of the text', () => {
    const text = 'I. MỤC ĐÍCH\nCác phòng nghiêm túc thực hiện Kế hoạch này./.\n\n';
    expect(run(rule, { text }).map((r) => [r.messageId, r.text])).toEqual([['missing', 'Các phòng nghiêm túc thực hiện Kế hoạch này./.']]);
  });
  it('warns when the signer name is missing', () => {
    const text = 'GIÁM ĐỐC\n';
    const doc = emptyDoc();
    doc.signature = { authority: null, titleLines: [ref(text, 'GIÁM ĐỐC')], signer: null, span: at(text, 'GIÁM ĐỐC') };
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.severity])).toEqual([['noName', 'warning']]);
  });
  it('suggests the signature block that fits the issuing body', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCác sở thực hiện./.\n';
    const ubnd = emptyDoc();
    ubnd.header.issuingBody = ref(text, 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
    expect(run(rule, { text, doc: ubnd }).map((r) => r.data?.block)).toEqual(['TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / <Họ tên>']);
    const text2 = 'UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG\nCác phòng thực hiện./.\n';
    const so = emptyDoc();
    so.header.issuingBody = ref(text2, 'UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG');
    expect(run(rule, { text: text2, doc: so }).map((r) => r.data?.block)).toEqual(['KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / <Họ tên>']);
    expect(run(rule, { text: 'Các phòng thực hiện./.\n' }).map((r) => r.data?.block)).toEqual(['KT. <CHỨC VỤ NGƯỜI ĐỨNG ĐẦU> / <CHỨC VỤ CẤP PHÓ> / <Họ tên>']);
  });
  it('is silent on a cut-off text (structure/truncated reports it)', () => {
    const doc = emptyDoc();
    doc.truncated = true;
    expect(run(rule, { text: 'Các phòng triển khai thực hi\n', doc })).toEqual([]);
  });
});
