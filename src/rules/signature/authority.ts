// signature/authority: the authority prefix (TM./KT./Q./TL./TUQ.) fits the body and the title lines below it.
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { ACADEMIC_TITLES, COLLECTIVE_BODIES, SINGLE_HEAD_BODIES } from '../../data/nd30.js';
import { AUTHORITY_FORMS, DEPUTY_OF, signatureBlockFor, suggestedBlock } from '../../data/signature-blocks.js';

const clean = (s: string): string => s.replace(/\*/gu, '').replace(/\s+/gu, ' ').trim();
const PREFIX = /^(TM|KT|Q|TL|TUQ)\.\s*/u;
/** The slash and dotted forms a block may use, normalised before the checks ("T/M." reads as "TM."). */
const normPrefix = (s: string): string => {
  for (const f of AUTHORITY_FORMS) if (f.pattern.test(s)) return s.replace(f.pattern, `${f.fixed} `).replace(/\s+/gu, ' ');
  return s;
};

export default defineRule({
  id: 'signature/authority',
  meta: {
    defaultSeverity: 'warning',
    messageSeverity: { prefixForm: 'info' },
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
      vi: 'Ký thay "KT. {head}" thì dòng dưới phải là chức vụ cấp phó "{deputy}", không phải "{found}".',
      en: 'After "KT. {head}" the next line must be the deputy\'s office "{deputy}", not "{found}".',
    },
    prefixForm: {
      vi: 'Quyền hạn ký viết "{found}"; mẫu của Nghị định 30/2020/NĐ-CP viết "{fixed}".',
      en: 'The signing authority is written "{found}"; the Nghị định 30/2020/NĐ-CP template writes "{fixed}".',
    },
    useBlock: {
      vi: 'Khối chữ ký phù hợp với cơ quan ban hành: "{block}".',
      en: 'A signature block that fits the issuing body: "{block}".',
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
      { code: 'Nơi nhận:\n- Lưu: VT, VP.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A' },
      { code: 'Nơi nhận:\n- Lưu: VT, VP.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A', note: 'a minister\'s deputy is a THỨ TRƯỞNG' },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nNơi nhận:\n- Lưu: VT, VP.\nTM. SỞ NỘI VỤ\nGIÁM ĐỐC\nNguyễn Văn A', note: 'TM. for a Sở' },
      { code: 'Nơi nhận:\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nTRƯỞNG PHÒNG\nNguyễn Văn A', note: 'KT. followed by a non-deputy office' },
      { code: 'Nơi nhận:\n- Lưu: VT, VP.\nT/M. ĐOÀN KIỂM TRA\nTRƯỞNG ĐOÀN\nNguyễn Văn A', note: '"T/M." is written "TM." (info, with a fix)' },
    ],
  },
  *check({ doc, text }): Generator<RuleReport<'tmSingleHead' | 'tmNotCollective' | 'ktDeputy' | 'academicTitle' | 'prefixForm' | 'useBlock'>> {
    const sig = doc.signature;
    if (!sig || sig.titleLines.length === 0) return;
    const first = sig.titleLines[0];
    if (!first) return;
    const rawFirst = clean(first.text).toUpperCase();
    const firstText = normPrefix(rawFirst);
    const rest = firstText.replace(PREFIX, '');
    const authority = sig.authority ?? (PREFIX.exec(firstText)?.[1] as typeof sig.authority | undefined) ?? null;
    const body = doc.header.issuingBody ? clean(doc.header.issuingBody.text).toUpperCase() : null;
    const block = suggestedBlock(signatureBlockFor(body), '<Họ tên>');

    // "T/M." → "TM.": a mechanical fix, when the span holds the prefix as written.
    for (const f of AUTHORITY_FORMS) {
      const m = f.pattern.exec(first.text);
      if (!m) continue;
      const span = { start: first.span.start, end: first.span.start + m[0].length };
      const fix = text.slice(span.start, span.end) === m[0] ? { fix: { span, text: f.fixed } } : {};
      yield { messageId: 'prefixForm', span, data: { found: m[0].trim(), fixed: f.fixed }, ...fix };
      break;
    }
    if (authority === 'TM') {
      const single = SINGLE_HEAD_BODIES.find((b) => b.pattern.test(rest) || (body !== null && b.pattern.test(body) && !COLLECTIVE_BODIES.some((c) => c.test(rest))));
      if (single && single.confidence !== 'unsure') {
        yield { messageId: 'tmSingleHead', span: first.span, data: { body: body ?? rest, head: single.head, block }, suggestionId: 'useBlock' };
      } else if (/^(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|BỘ TRƯỞNG|CHÁNH VĂN PHÒNG)$/u.test(rest)) {
        yield { messageId: 'tmNotCollective', span: first.span, data: { title: rest, block }, suggestionId: 'useBlock' };
      }
    }
    // Every "KT. <head>" line (first, or under a TM. line) is followed by the head's deputy (DOMAIN §1.5).
    for (let i = 0; i < sig.titleLines.length - 1; i++) {
      const lineText = normPrefix(clean((sig.titleLines[i] as { text: string }).text).toUpperCase());
      if (!/^KT\.\s*/u.test(lineText)) continue;
      const head = lineText.replace(PREFIX, '');
      const next = sig.titleLines[i + 1];
      if (!next) continue;
      const nextText = clean(next.text).toUpperCase();
      const deputy = DEPUTY_OF[head] ?? `PHÓ ${head}`;
      if (!nextText.startsWith(deputy) && !/^PHÓ\s/u.test(nextText))
        yield { messageId: 'ktDeputy', span: next.span, data: { head, deputy, found: nextText } };
    }
    if (sig.signer) {
      const name = clean(sig.signer.text);
      const m = ACADEMIC_TITLES.exec(name);
      if (m) yield { messageId: 'academicTitle', span: sig.signer.span, data: { title: m[0].trim(), name } };
    }
  },
});
