// citation/issuer-mismatch: a Nghị định is issued by the Chính phủ only; a Thông tư never by the Chính phủ or Thủ tướng.
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { TYPE_ISSUERS } from '../../data/nd30.js';
import { citationLabel, foldCode, typeWordOf } from '../_citations.js';
import { fold } from '../_util.js';

const BY_WORD = new Map(TYPE_ISSUERS.map((t) => [fold(t.word), t]));
const CODE_WORD: Record<string, string> = { ND: 'nghị định', TT: 'thông tư' };

export default defineRule({
  id: 'citation/issuer-mismatch',
  meta: {
    defaultSeverity: 'error',
    description: {
      vi: 'Cơ quan ban hành văn bản được dẫn phải đúng thẩm quyền: Nghị định do Chính phủ ban hành; Thông tư do Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành.',
      en: 'The cited issuer must have the power to issue the type: a Nghị định is issued by the Government; a Thông tư by a minister.',
    },
    source: 'Luật Ban hành VBQPPL 64/2025/QH15 Điều 4 (sửa đổi bởi Luật 87/2025/QH15) (DOMAIN §2.4)',
  },
  messages: {
    wrongIssuer: {
      vi: '{label} được ghi là "của {issuer}", nhưng {type} chỉ do {allowed} ban hành. Sửa thành "của {allowed}".',
      en: '{label} is attributed to "{issuer}", but a {type} is issued only by {allowed}. Write "của {allowed}".',
    },
    wrongCode: {
      vi: '{label}: ký hiệu cơ quan "{code}" không đúng; {type} do Chính phủ ban hành nên ký hiệu là "CP".',
      en: '{label}: issuer code "{code}" is wrong; a {type} is issued by the Government, coded "CP".',
    },
  },
  examples: {
    valid: [{ code: 'theo Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến' }],
    invalid: [{ code: 'theo Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Thủ tướng Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến', note: 'Nghị định attributed to the Prime Minister' }],
  },
  *check({ facts }): Generator<RuleReport<'wrongIssuer' | 'wrongCode'>> {
    for (const c of facts.citations) {
      const code = c.number?.typeCode ? foldCode(c.number.typeCode) : null;
      const word = typeWordOf(c) ?? (code ? CODE_WORD[code] ?? null : null);
      const rule = word ? BY_WORD.get(word) : undefined;
      if (!rule || rule.confidence === 'unsure') continue;
      const label = citationLabel(c);
      const allowed = rule.word === 'Nghị định' ? 'Chính phủ' : 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ';
      const issuer = c.issuer?.text.replace(/\s+/gu, ' ').trim();
      const wrong = issuer ? rule.wrongIssuers.find((w) => w.pattern.test(issuer)) : undefined;
      if (issuer && wrong) {
        yield { messageId: 'wrongIssuer', span: c.issuer?.span ?? c.span, data: { label, issuer, type: rule.word, allowed } };
        continue;
      }
      const issuerCode = c.number?.issuerCode;
      if (rule.issuerCodes.length > 0 && issuerCode && c.number?.form === 'normative' && !rule.issuerCodes.some((x) => foldCode(x) === foldCode(issuerCode)))
        yield { messageId: 'wrongCode', span: c.span, data: { label, code: issuerCode, type: rule.word } };
    }
  },
});
