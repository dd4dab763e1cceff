import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/recipients/missing.js';
import { at, emptyDoc, ref, run } from '../_helpers.js';

describe('recipients/missing', () => {
  it('accepts recipients ending with the Lưu line', () => {
    const text = 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.\n';
    const doc = emptyDoc();
    doc.recipients = { heading: at(text, 'Nơi nhận:'), items: [ref(text, '- Sở Nội vụ;')], archive: ref(text, '- Lưu: VT, VP.') };
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('reports missing recipients on the last line', () => {
    const text = 'Trên đây là Kế hoạch./.\n';
    expect(run(rule, { text }).map((r) => [r.messageId, r.text])).toEqual([['missing', 'Trên đây là Kế hoạch./.']]);
  });
  it('warns on a missing "Lưu: VT" line', () => {
    const text = 'Nơi nhận:\n- Sở Nội vụ;\n- Lãnh đạo Sở.\n';
    const doc = emptyDoc();
    doc.recipients = { heading: at(text, 'Nơi nhận:'), items: [ref(text, '- Sở Nội vụ;'), ref(text, '- Lãnh đạo Sở.')], archive: null };
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.text, r.severity])).toEqual([['noArchive', 'Nơi nhận:', 'warning']]);
  });
  it('is silent on a cut-off text (structure/truncated reports it)', () => {
    const doc = emptyDoc();
    doc.truncated = true;
    expect(run(rule, { text: 'Các phòng triển khai thực hi\n', doc })).toEqual([]);
  });
});
