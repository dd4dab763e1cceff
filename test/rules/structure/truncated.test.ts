import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/structure/truncated.js';
import requiredSection from '../../../src/rules/structure/required-section.js';
import reformAreas from '../../../src/rules/structure/reform-areas.js';
import { checkText } from '../../_pipeline.js';
import { emptyDoc, run, section } from '../_helpers.js';

const PLAN = 'KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng phục vụ.\nII. NHIỆM VỤ\n';

describe('structure/truncated', () => {
  it('reports a cut-off text once, at its last body line', () => {
    const text = 'I. MỤC ĐÍCH\n1. Các phòng triển khai thực hi\nTin liên quan\n';
    const doc = emptyDoc();
    doc.truncated = true;
    doc.sections = [section(text, 'I.', 'roman', 'MỤC ĐÍCH')];
    doc.sections[0]!.span = { start: 0, end: text.indexOf('\nTin') };
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.text, r.data?.tail])).toEqual([
      ['truncated', '1. Các phòng triển khai thực hi', '1. Các phòng triển khai thực hi'],
    ]);
  });
  it('is silent on a complete document', () => {
    expect(run(rule, { text: 'Các phòng thực hiện./.\n' })).toEqual([]);
  });
  it('through the pipeline: one info, and no missing-part findings for a cut-off plan', () => {
    const findings = checkText(`${PLAN}1. Rà soát thủ tục hành chính, báo cáo trước ngày 12/10/202`);
    expect(findings.filter((f) => f.ruleId === 'structure/truncated').map((f) => f.severity)).toEqual(['info']);
    const skipped = ['recipients/missing', 'signature/missing', 'structure/required-section', 'structure/reform-areas'];
    expect(findings.filter((f) => skipped.includes(f.ruleId))).toEqual([]);
  });
  it('through the pipeline: a complete plan ending "./." without a footer still gets the missing-part findings', () => {
    const findings = checkText(`${PLAN}1. Rà soát thủ tục hành chính./.`);
    expect(findings.some((f) => f.ruleId === 'structure/truncated')).toBe(false);
    expect(findings.some((f) => f.ruleId === 'recipients/missing')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'signature/missing')).toBe(true);
  });
  it('the guarded rules return early on the flag', () => {
    const doc = emptyDoc();
    doc.truncated = true;
    expect(run(requiredSection, { text: PLAN, doc })).toEqual([]);
    expect(run(reformAreas, { text: PLAN, doc })).toEqual([]);
  });
});
