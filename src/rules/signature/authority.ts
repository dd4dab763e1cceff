// signature/authority: the authority prefix (TM./KT./Q./TL./TUQ.) fits the body and the title lines below it.
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { ACADEMIC_TITLES, COLLECTIVE_BODIES, SINGLE_HEAD_BODIES } from '../../data/nd30.js';

const clean = (s: string): string => s.replace(/\*/gu, '').replace(/\s+/gu, ' ').trim();
const PREFIX = /^(TM|KT|Q|TL|TUQ)\.\s*/u;

export default defineRule({
  id: 'signature/authority',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Quyền hạn ký (TM., KT., Q., TL., TUQ.) phải phù hợp chế độ làm việc của cơ quan và chức vụ ghi bên dưới.',
      en: 'The signing authority (TM., KT., Q., TL., TUQ.) must fit how the body works and the office written below it.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 13; Phụ lục I Phần II mục 7 (DOMAIN §1.4, §1.5 [DL-VT] [TVPL-KY])',
  },
  messages: {
    tmSingleHead: {
      vi: '"TM." chỉ dùng cho cơ quan làm việc theo chế độ tập thể; {body} làm việc theo chế độ thủ trưởng: ký "{head}" hoặc "KT. {head}".',
      en: '"TM." is for collective bodies; {body} is run by a single head: sign "{head}" or "KT. {head}".',
    },
    tmNotCollective: {
      vi: '"TM." phải đứng trước tên tập thể (ví dụ "TM. ỦY BAN NHÂN DÂN"), không đứng trước chức vụ "{title}".',
      en: '"TM." goes before the name of the collective (e.g. "TM. ỦY BAN NHÂN DÂN"), not before the office "{title}".',
    },
    ktDeputy: {
      vi: 'Ký thay "KT. {head}" thì dòng dưới phải là chức vụ cấp phó "PHÓ {head}", không phải "{found}".',
      en: 'After "KT. {head}" the next line must be the deputy\'s office "PHÓ {head}", not "{found}".',
    },
    academicTitle: {
      vi: 'Không ghi học hàm, học vị "{title}" trước họ tên người ký "{name}".',
      en: 'Do not write the academic title "{title}" before the signer\'s name "{name}".',
    },
  },
  examples: {
    valid: [
      { code: 'Nơi nhận:\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A' },
      { code: 'Nơi nhận:\n- Lưu: VT, VP.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A' },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nNơi nhận:\n- Lưu: VT, VP.\nTM. SỞ NỘI VỤ\nGIÁM ĐỐC\nNguyễn Văn A', note: 'TM. for a Sở' },
      { code: 'Nơi nhận:\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nTRƯỞNG PHÒNG\nNguyễn Văn A', note: 'KT. followed by a non-deputy office' },
    ],
  },
  *check({ doc }): Generator<RuleReport<'tmSingleHead' | 'tmNotCollective' | 'ktDeputy' | 'academicTitle'>> {
    const sig = doc.signature;
    if (!sig || sig.titleLines.length === 0) return;
    const first = sig.titleLines[0];
    if (!first) return;
    const firstText = clean(first.text).toUpperCase();
    const rest = firstText.replace(PREFIX, '');
    const authority = sig.authority ?? (PREFIX.exec(firstText)?.[1] as typeof sig.authority | undefined) ?? null;
    const body = doc.header.issuingBody ? clean(doc.header.issuingBody.text).toUpperCase() : null;

    if (authority === 'TM') {
      const single = SINGLE_HEAD_BODIES.find((b) => b.pattern.test(rest) || (body !== null && b.pattern.test(body) && !COLLECTIVE_BODIES.some((c) => c.test(rest))));
      if (single && single.confidence !== 'unsure') {
        yield { messageId: 'tmSingleHead', span: first.span, data: { body: body ?? rest, head: single.head } };
      } else if (/^(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|BỘ TRƯỞNG|CHÁNH VĂN PHÒNG)$/u.test(rest)) {
        yield { messageId: 'tmNotCollective', span: first.span, data: { title: rest } };
      }
    }
    if (authority === 'KT') {
      const next = sig.titleLines[1];
      if (next) {
        const nextText = clean(next.text).toUpperCase();
        // A deputy signs for the head: the office below KT. is the head's deputy (DOMAIN §1.5).
        if (!nextText.startsWith(`PHÓ ${rest}`) && !/^PHÓ\s/u.test(nextText))
          yield { messageId: 'ktDeputy', span: next.span, data: { head: rest, found: nextText } };
      }
    }
    if (sig.signer) {
      const name = clean(sig.signer.text);
      const m = ACADEMIC_TITLES.exec(name);
      if (m) yield { messageId: 'academicTitle', span: sig.signer.span, data: { title: m[0].trim(), name } };
    }
  },
});
