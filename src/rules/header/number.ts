// header/number: "Số: 09/KH-…" is present, filled in, zero-padded below 10 and typed KH for a plan.
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { PLAN_TYPE_CODE } from '../../data/nd30.js';
import { headerAnchor } from '../_util.js';

/** Phụ lục III Nghị định 30/2020: Quyết định (cá biệt) → QĐ. */
const DECISION_TYPE_CODE = 'QĐ';

export default defineRule({
  id: 'header/number',
  meta: {
    defaultSeverity: 'error',
    messageSeverity: { year: 'warning', noIssuer: 'warning' },
    severityNote: {
      vi: 'Số để trống ("Số:   /KH-UBND") là thông tin (info) khi --stage draft.',
      en: 'A blank number ("Số:   /KH-UBND") is info with --stage draft.',
    },
    description: {
      vi: 'Số, ký hiệu của kế hoạch phải có, đủ số, số dưới 10 có số 0 phía trước, ký hiệu loại văn bản là KH.',
      en: 'The plan number must be present, filled in, zero-padded below 10, with the type code KH.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 khoản 2 điểm c; Phụ lục I Phần I mục II khoản 3; Phụ lục III (DOMAIN §1.4, §1.8)',
  },
  messages: {
    missing: {
      vi: 'Thiếu số, ký hiệu văn bản. Thêm dòng "Số: …/KH-<cơ quan>" dưới tên cơ quan ban hành.',
      en: 'The document number is missing. Add a line "Số: …/KH-<body>" below the issuing body.',
    },
    placeholder: {
      vi: 'Số văn bản còn để trống ("{raw}"). Văn thư cấp số trước khi ban hành.',
      en: 'The document number is still blank ("{raw}"). The records office must assign a number before issue.',
    },
    leadingZero: {
      vi: 'Số "{number}" nhỏ hơn 10 phải viết có số 0 phía trước: "0{number}".',
      en: 'Number "{number}" is below 10 and must take a leading zero: "0{number}".',
    },
    typeCode: {
      vi: 'Ký hiệu loại văn bản "{code}" không phải của Kế hoạch; viết tắt của Kế hoạch là "KH" (Phụ lục III Nghị định 30/2020/NĐ-CP).',
      en: 'Type code "{code}" is not that of a plan; a Kế hoạch is abbreviated "KH" (Decree 30/2020 Appendix III).',
    },
    noIssuer: {
      vi: 'Ký hiệu "{raw}" thiếu chữ viết tắt tên cơ quan ban hành sau dấu gạch nối (ví dụ "09/KH-UBND").',
      en: 'Code "{raw}" lacks the issuing body abbreviation after the hyphen (e.g. "09/KH-UBND").',
    },
    decisionTypeCode: {
      vi: 'Ký hiệu loại văn bản "{code}" của quyết định ban hành kế hoạch không phải của Quyết định; viết tắt của Quyết định là "QĐ" (Phụ lục III Nghị định 30/2020/NĐ-CP).',
      en: 'Type code "{code}" of the decision issuing the plan is not that of a decision; a Quyết định is abbreviated "QĐ" (Decree 30/2020 Appendix III).',
    },
    missingDecision: {
      vi: 'Quyết định ban hành kế hoạch thiếu số, ký hiệu. Thêm dòng "Số: …/QĐ-<cơ quan>" dưới tên cơ quan ban hành.',
      en: 'The decision issuing the plan has no number. Add a line "Số: …/QĐ-<body>" below the issuing body.',
    },
    year: {
      vi: 'Số văn bản hành chính "{raw}" không ghi năm; bỏ "/{year}" (chỉ văn bản quy phạm pháp luật có năm trong số).',
      en: 'An administrative document number ("{raw}") carries no year; drop "/{year}" (only normative documents have one).',
    },
  },
  examples: {
    valid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025' },
      {
        code: 'SỞ NỘI VỤ\nSố: 15/QĐ-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2025\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025.\nKẾ HOẠCH\nCải cách hành chính năm 2025\n(Ban hành kèm theo Quyết định số 15/QĐ-SNV ngày 05/3/2025)',
        note: 'a plan issued by a decision: the number is the decision\'s',
      },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nSố: 9/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'no leading zero' },
      { code: 'SỞ NỘI VỤ\nSố: /KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'blank number in a final document' },
      { code: 'SỞ NỘI VỤ\nSố: 15/QĐ-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'QĐ on a plan' },
      {
        code: 'SỞ NỘI VỤ\nSố: 15/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2025\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025.\nKẾ HOẠCH\nCải cách hành chính năm 2025\n(Ban hành kèm theo Quyết định số 15/KH-SNV ngày 05/3/2025)',
        note: 'a cover decision numbered as a plan',
      },
    ],
  },
  *check({ doc, text, settings }): Generator<
    RuleReport<'missing' | 'placeholder' | 'leadingZero' | 'typeCode' | 'noIssuer' | 'year' | 'decisionTypeCode' | 'missingDecision'>
  > {
    // A plan issued by a decision has no number of its own: the decision's is checked, as a decision's.
    const cover = doc.coverDecision ?? null;
    const n = cover ? cover.header.documentNumber : doc.header.documentNumber;
    if (!n) {
      if (cover) yield { messageId: 'missingDecision', span: cover.header.documentType?.span ?? headerAnchor(doc, text) };
      else yield { messageId: 'missing', span: headerAnchor(doc, text) };
      return;
    }
    if (n.placeholder || !n.number) {
      yield { messageId: 'placeholder', span: n.span, data: { raw: n.raw.trim() }, ...(settings.stage === 'draft' ? { severity: 'info' as const } : {}) };
    } else if (/^[1-9]$/u.test(n.number)) {
      yield { messageId: 'leadingZero', span: n.span, data: { number: n.number } };
    }
    const isPlan = !doc.header.documentType || /K[ẾE]\s*HO[ẠA]CH/iu.test(doc.header.documentType.text);
    if (cover) {
      if (n.typeCode && n.typeCode.toUpperCase() !== DECISION_TYPE_CODE)
        yield { messageId: 'decisionTypeCode', span: n.span, data: { code: n.typeCode } };
    } else if (isPlan && n.typeCode && n.typeCode.toUpperCase() !== PLAN_TYPE_CODE)
      yield { messageId: 'typeCode', span: n.span, data: { code: n.typeCode } };
    if (n.year !== null) yield { messageId: 'year', span: n.span, data: { raw: n.raw.trim(), year: n.year } };
    if (n.typeCode && !n.issuerCode) yield { messageId: 'noIssuer', span: n.span, data: { raw: n.raw.trim() } };
  },
});
