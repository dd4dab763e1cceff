// text/placeholder: blanks and template markers left in a final document ("[tên cơ quan]", "xxx", "……", "số /KH-").
import { defineRule } from '../../engine/define-rule.js';
import { inside } from '../_util.js';
import { pattern } from '../../text/pattern.js';

/**
 * Conservative on purpose: "..." (three dots) is ordinary Vietnamese prose for "etc." and is never flagged;
 * only dotted leaders of four or more, repeated ellipses, bracketed template words, "xxx", and blank numbers
 * or dates in references.
 */
const PATTERNS: readonly { re: RegExp; kind: string }[] = [
  { re: /\[[^\]\n]{0,40}?(?:tên|số|ngày|họ|địa danh|chức vụ|cơ quan|đơn vị|nội dung|…|\.\.\.|xx)[^\]\n]{0,40}?\]/giu, kind: 'bracket' },
  { re: pattern(String.raw`(?<![\p{L}\p{N}])(?:xxx+|XXX+)(?![\p{L}\p{N}])`, 'gu'), kind: 'xxx' },
  // Four dots right after a word are "…" plus a full stop ("điện toán đám mây...."), not a leader. Every branch
  // starts with "." or "…": the lookahead up front spares the lookbehinds at every other character (10× faster).
  { re: pattern(String.raw`(?=[.…])(?:(?<![\p{L}\p{N}\s.])(?:\.\s?){4,}|(?<=[\s\p{L}\p{N}])\.{5,}|(?<=\s)\.{4}|(?:\.\s){4,}|…(?:\s?…)+|…\s?\.{2,}|\.{2,}\s?…)`, 'gu'), kind: 'dots' },
  // The whole blank reference ("số /KH-SDT&TG"), so the message quotes what the reader sees.
  { re: pattern(String.raw`(?<![\p{L}])số\s*:?\s+\/\s*[\p{Lu}Đ][\p{L}\p{N}&.-]{0,30}`, 'giu'), kind: 'number' },
  { re: pattern(String.raw`(?<![\p{L}])ngày\s+\/\s*\d{1,2}\s*\/\s*\d{4}`, 'giu'), kind: 'date' },
  { re: pattern(String.raw`(?<![\p{L}])ngày\s+\/\s*\/\s*\d{4}`, 'giu'), kind: 'date' },
  { re: pattern(String.raw`(?<![\p{L}])ngày\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`, 'giu'), kind: 'date' },
];
const FORM_LABEL = pattern(String.raw`[\p{L})][ \t]*:[ \t]*$`, 'u');
const WHOLE_CELL = /^[\s.…|*_]*$/u;
/** The line or table cell (tab-delimited) around `span`, without the span itself. */
function cellAround(text: string, span: { start: number; end: number }): string {
  let a = span.start;
  while (a > 0 && text[a - 1] !== '\n' && text[a - 1] !== '\t') a--;
  let b = span.end;
  while (b < text.length && text[b] !== '\n' && text[b] !== '\t') b++;
  return text.slice(a, span.start) + text.slice(span.end, b);
}
const ROMAN_CONTEXT = /(?:khóa|khoá|lần thứ|Đại hội|thế kỷ)\s*$/iu;

export default defineRule({
  id: 'text/placeholder',
  meta: {
    defaultSeverity: 'error',
    severityNote: {
      vi: 'Thông tin (info) khi --stage draft, hoặc khi chỗ trống có thể là cách viết có chủ ý.',
      en: 'Info with --stage draft, or where the blank may be intended.',
    },
    description: {
      vi: 'Văn bản ban hành không còn chỗ trống, dấu chấm chờ điền hay ký hiệu mẫu ("[tên cơ quan]", "xxx", "số /KH-").',
      en: 'An issued document keeps no blanks, dotted leaders or template markers ("[tên cơ quan]", "xxx", "số /KH-").',
    },
    source: 'Nghị định 30/2020/NĐ-CP Điều 8 (thành phần thể thức đầy đủ khi ban hành); draft stage: info',
  },
  messages: {
    placeholder: {
      vi: 'Còn chỗ để trống / ký hiệu mẫu "{found}". Điền nội dung trước khi ban hành.',
      en: 'A blank or template marker "{found}" is left in the text. Fill it in before issue.',
    },
  },
  examples: {
    valid: [{ code: 'Tiếp tục rà soát các thủ tục hành chính, phí, lệ phí... nâng cao tỷ lệ trả kết quả trước hạn.' }],
    invalid: [
      { code: '(Kèm theo Kế hoạch số /KH-SDTTG ngày /7/2025 của Sở Dân tộc và Tôn giáo)', note: 'blank number and day in a reference' },
      { code: 'Giao [tên cơ quan] chủ trì thực hiện.', note: 'template marker' },
    ],
  },
  *check({ doc, text, settings }) {
    // The header number and date blanks are header/number and header/date findings (reported once).
    const skip = [doc.header.documentNumber?.span, doc.header.issueDate?.span];
    for (const { re, kind } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (inside(span, skip)) continue;
        if (kind === 'xxx' && ROMAN_CONTEXT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        // A leader after a label ("Điện thoại: ……; Fax: ……") is a field of a form the plan asks others to fill in.
        if (kind === 'dots' && FORM_LABEL.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // A cell or line holding nothing but a leader may be a blank or a "rows omitted" mark: info, never an error.
        const ambiguous = kind === 'dots' && WHOLE_CELL.test(cellAround(text, span));
        yield {
          messageId: 'placeholder',
          span,
          data: { found: m[0].trim() },
          ...(settings.stage === 'draft' || ambiguous ? { severity: 'info' as const } : {}),
        };
      }
    }
  },
});
