// structure/numbering: Roman, Arabic and letter markers at one level run without duplicates or gaps;
// point letters follow the Vietnamese order a, b, c, d, đ, e, g … and never use f, j, w, z.
import { defineRule } from '../../engine/define-rule.js';
import { FORBIDDEN_POINT_LETTERS, NON_POINT_VOWELS, POINT_LETTERS } from '../../data/nd30.js';
import { romanToInt } from '../../text/calendar.js';
import type { Section } from '../../model/plan.js';

type Kind = 'roman' | 'arabic' | 'decimal' | 'letter' | 'part';

/** The ordinal a marker stands for, or a special letter class. */
function ordinal(s: Section): { n: number } | { bad: 'forbidden' | 'vowel'; letter: string } | null {
  const m = s.marker.replace(/^(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+/u, '').replace(/[.):\s]+$/u, '').trim();
  switch (s.kind) {
    case 'roman':
    case 'part': {
      const r = romanToInt(m);
      if (r !== null) return { n: r };
      return /^\d+$/u.test(m) ? { n: Number(m) } : null;
    }
    case 'arabic':
      return /^\d+$/u.test(m) ? { n: Number(m) } : null;
    case 'decimal': {
      const last = m.split('.').filter(Boolean).pop();
      return last && /^\d+$/u.test(last) ? { n: Number(last) } : null;
    }
    case 'letter': {
      const l = m.toLowerCase();
      if ((FORBIDDEN_POINT_LETTERS as readonly string[]).includes(l)) return { bad: 'forbidden', letter: m };
      if ((NON_POINT_VOWELS as readonly string[]).includes(l)) return { bad: 'vowel', letter: m };
      const i = (POINT_LETTERS as readonly string[]).indexOf(l);
      return i < 0 ? null : { n: i + 1 };
    }
    default:
      return null;
  }
}

function label(kind: Kind, n: number): string {
  if (kind === 'letter') return `${POINT_LETTERS[n - 1] ?? '?'})`;
  if (kind === 'roman' || kind === 'part') {
    const romans = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
    return `${romans[n] ?? n}.`;
  }
  return `${n}.`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** True when the missing marker appears inside the previous sibling's text (a run-in item, e.g. "… 5. Tiếp tục …"). */
function runIn(prev: Section, missing: string): boolean {
  const body = [prev.title, ...prev.paragraphs.map((p) => p.text)].join('\n');
  return new RegExp(`(?:^|[.;:!?]\\s+|\\n)${escape(missing)}\\s`, 'u').test(body);
}

export default defineRule({
  id: 'structure/numbering',
  meta: {
    defaultSeverity: 'warning',
    messageSeverity: { forbiddenLetter: 'error' },
    description: {
      vi: 'Số thứ tự mục (I, II…; 1, 2…; a, b, c, d, đ, e, g…) ở cùng cấp không trùng, không bỏ số; không dùng chữ f, j, w, z.',
      en: 'Markers at one level (I, II…; 1, 2…; a, b, c, d, đ, e, g…) must not repeat or skip; f, j, w, z are never point letters.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I; Điều 8 khoản 2 (a…đ, e, g, h, i) (DOMAIN §1.7 [ALPHA] [GH-ND30F] [123-ND34])',
  },
  messages: {
    duplicate: {
      vi: 'Số thứ tự "{marker}" bị trùng ở cùng cấp (đã dùng ở mục "{previous}"). Đánh số lại: mục này là "{expected}".',
      en: 'Marker "{marker}" repeats at this level (already used by "{previous}"). Renumber: this item is "{expected}".',
    },
    skipped: {
      vi: 'Đánh số bị bỏ sót: sau "{previous}" là "{marker}", thiếu "{expected}".',
      en: 'Numbering skips: "{marker}" follows "{previous}"; "{expected}" is missing.',
    },
    forbiddenLetter: {
      vi: 'Chữ "{letter}" không có trong bảng chữ cái tiếng Việt, không dùng làm ký hiệu điểm; thứ tự đúng là a, b, c, d, đ, e, g, h…: mục này là "{expected}".',
      en: '"{letter}" is not a Vietnamese letter and is never a point marker; the order is a, b, c, d, đ, e, g, h…: this item is "{expected}".',
    },
    vowelLetter: {
      vi: 'Chữ "{letter}" không dùng làm ký hiệu điểm (thứ tự a, b, c, d, đ, e, g, h…); mục này là "{expected}".',
      en: '"{letter}" is not used as a point marker (order a, b, c, d, đ, e, g, h…); this item is "{expected}".',
    },
  },
  examples: {
    valid: [
      { code: 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n2. Yêu cầu\nII. NHIỆM VỤ\n1. Cải cách thể chế\na) Rà soát văn bản\nb) Kiểm tra\nc) Theo dõi\nd) Báo cáo\nđ) Tuyên truyền\ne) Tổng kết\ng) Khen thưởng' },
    ],
    invalid: [
      { code: 'I. MỤC ĐÍCH\nII. NHIỆM VỤ\nIII. GIẢI PHÁP\nIII. TỔ CHỨC THỰC HIỆN', note: 'III twice' },
      { code: 'I. NHIỆM VỤ\n1. Cải cách thể chế\na) Rà soát\nb) Kiểm tra\nc) Theo dõi\nd) Báo cáo\nđ) Tuyên truyền\ne) Tổng kết\nf) Khen thưởng', note: 'f) after e)' },
      { code: 'I. MỤC TIÊU\n1. Mục tiêu chung\n2. Mục tiêu cụ thể\n2. Nhiệm vụ\n3. Giải pháp', note: '2. twice' },
    ],
  },
  *check({ doc }) {
    yield* checkList(doc.sections);
  },
});

function* checkList(list: readonly Section[]): Generator<{
  messageId: 'duplicate' | 'skipped' | 'forbiddenLetter' | 'vowelLetter';
  span: Section['titleSpan'];
  data: Record<string, string>;
}> {
  const state = new Map<Kind, { last: number; prev: Section; seen: Map<number, Section> }>();
  for (const s of list) {
    if (s.kind === 'dash' || s.kind === 'plus') continue;
    const kind = s.kind as Kind;
    const o = ordinal(s);
    const st = state.get(kind);
    if (o === null) continue;
    if ('bad' in o) {
      const expected = st ? label(kind, st.last + 1) : 'a)';
      yield {
        messageId: o.bad === 'forbidden' ? 'forbiddenLetter' : 'vowelLetter',
        span: s.titleSpan,
        data: { letter: `${o.letter})`, expected },
      };
      // Count it as the next item so later letters are not also reported as skips.
      if (st) st.last += 1;
      continue;
    }
    const marker = s.marker.trim();
    if (!st || o.n === 1) {
      // First of a list, or numbering restarted at 1 (a new list under an unnumbered heading): accepted.
      state.set(kind, { last: o.n, prev: s, seen: new Map([[o.n, s]]) });
      continue;
    }
    const seenBefore = st.seen.get(o.n);
    if (seenBefore) {
      yield { messageId: 'duplicate', span: s.titleSpan, data: { marker, previous: `${seenBefore.marker.trim()} ${seenBefore.title.trim()}`.slice(0, 80), expected: label(kind, st.last + 1) } };
      st.last += 1;
      st.prev = s;
      continue;
    }
    if (o.n > st.last + 1) {
      const expected = label(kind, st.last + 1);
      if (!runIn(st.prev, expected))
        yield { messageId: 'skipped', span: s.titleSpan, data: { marker, previous: st.prev.marker.trim(), expected } };
    }
    st.last = Math.max(st.last, o.n);
    st.prev = s;
    st.seen.set(o.n, s);
  }
  for (const s of list) yield* checkList(s.children);
}
