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
});
