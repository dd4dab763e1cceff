// Deadlines: task time cells and deadline phrases in prose, classified by kind, past descriptions excluded.
import type { Deadline, DeadlineKind, FactRole } from '../model/facts.js';
import { scanTimes, type TimeExpr } from './dates.js';
import { execAll } from '../text/match.js';
import { span, trimRange } from './_shared.js';
import { pattern } from '../text/pattern.js';

const KIND_OF_TIME: Record<TimeExpr['kind'], DeadlineKind> = {
  date: 'by-date',
  month: 'by-month',
  quarter: 'by-quarter',
  half: 'by-half',
  year: 'by-year',
  range: 'range',
};

const CONTINUOUS = pattern(String.raw`^(?:thường xuyên|liên tục|thường xuyên,? liên tục)(?![\p{L}])`, 'iu');
const CONDITIONAL = pattern(String.raw`^(?:khi|sau khi|ngay sau khi|trong trường hợp|trường hợp|theo (?:kế hoạch|yêu cầu|hướng dẫn|chỉ đạo|tiến độ|lộ trình|văn bản)|khi được|khi có)(?![\p{L}])`, 'iu');
/**
 * A time set by another document: "Theo các mốc thời gian tại Quyết định số … ngày …", "Theo Điều 17 Nghị định số …",
 * "Theo quy định tại …". A reference to another schedule, read as conditional (no date of its own).
 */
const REFERENCE = pattern(String.raw`^theo\s{1,3}(?:(?:các\s{1,3})?mốc|(?:đúng\s{1,3})?thời (?:gian|hạn)|quy định|phân công|(?:Điều|Khoản|Điểm|Mục|Phụ lục)\s{1,3}[\p{L}\d]|(?:Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Công văn|Phương án|Đề án|Chương trình|Luật|Văn bản)(?![\p{L}]))`, 'iu');
/**
 * The text just before a date that belongs to a cited document: its number ("52/2015/NĐ-CP", "1441/QĐ-UBND",
 * "19-NQ/TW"), optionally followed by "ban hành"/"ký" and "ngày". Such a date is the document's date, not a deadline.
 */
const CITED_BEFORE = pattern(String.raw`\d{1,5}\s{0,2}[/-]\s{0,2}(?:\d{4}\s{0,2}\/\s{0,2})?[\p{Lu}Đ][\p{L}\d]*(?:\s{0,2}[-–/]\s{0,2}[\p{Lu}Đ][\p{L}\d]*){0,3}\s{0,3},?\s{0,3}(?:(?:được\s{1,3})?(?:ban hành|ký|phê duyệt)\s{1,3})?(?:ngày\s{1,3})?$`, 'u');

/** Whether time expression `t` in `text` is the date of a cited document ("Quyết định số 12/QĐ-UBND ngày 03/01/2026"). */
export function isCitedDate(text: string, t: Pick<TimeExpr, 'start' | 'kind'>): boolean {
  if (t.kind !== 'date') return false;
  return CITED_BEFORE.test(text.slice(Math.max(0, t.start - 80), t.start));
}
const RECURRING = pattern(String.raw`^(?:(?:hằng|hàng)\s{1,3}(?:năm|quý|tháng|tuần|ngày)|định kỳ|trước ngày \d{1,2} (?:của )?(?:tháng cuối quý|hằng tháng|hàng tháng|tháng cuối))(?![\p{L}])`, 'iu');
const RECURRING_ANY = pattern(String.raw`(?:(?:hằng|hàng)\s{1,3}(?:quý|tháng)|định kỳ|trước ngày \d{1,2}\s{1,3}(?:của\s{1,3})?(?:tháng cuối quý|hằng tháng|hàng tháng))(?![\p{L}])`, 'iu');
/** Words before a date that make it a deadline in prose. */
const PROSE_LEAD = /(?:xong trước|hoàn thành trước|hoàn thành trong|hoàn thành vào|hoàn thành|trước ngày|trước|chậm nhất(?:\s{1,3}(?:là|vào|đến))?(?:\s{1,3}ngày)?|hạn chót|thời hạn(?:\s{1,3}hoàn thành)?\s{0,2}:?|trong)\s{1,3}(?:ngày\s{1,3})?$/iu;
/** A date after these words describes the past or a document, not a deadline. */
const PAST_BEFORE = pattern(String.raw`(?:ban hành|có hiệu lực|hiệu lực|đã|được|đến|từ|ký|ngày)\s{1,3}(?:\p{L}+\s{1,3}){0,1}$`, 'iu');
const RECURRING_PROSE = pattern(String.raw`(?<![\p{L}])(?:định kỳ(?:\s{1,3}(?:\(?(?:hằng|hàng)\s{1,3}(?:tháng|quý|năm)|\(?quý|\(?6 tháng|\(?sáu tháng))[\p{L}\p{N}\s,]{0,40}?(?=[).;:\n]|\s(?:hoặc|theo|về|báo)\s)\)?|(?:hằng|hàng)\s{1,3}quý|trước ngày \d{1,2}\s{1,3}(?:của\s{1,3})?(?:tháng cuối quý|hằng tháng|hàng tháng))`, 'giu');
/** A yearly duty: "Hằng năm, rà soát …" opening a sentence, or a report "… hằng năm" in the same clause. */
const YEARLY_LEAD = /(?:^|[.\n\t]\s{0,3}|^[\s\-+•]{0,4})((?:Hằng|Hàng)\s{1,3}năm)(?=\s{0,2},)/gu;
const YEARLY_REPORT = pattern(String.raw`(?<![\p{L}])báo cáo(?![\p{L}])[^.;:\n\t]{0,80}?(?<![\p{L}])((?:hằng|hàng)\s{1,3}năm)(?![\p{L}])`, 'giu');
const LABEL = /(?:thời gian(?:\s{1,3}(?:thực hiện|hoàn thành))?|thời hạn(?:\s{1,3}hoàn thành)?)\s{0,2}:\s{0,3}/giu;

function make(text: string, base: number, s: number, e: number, kind: DeadlineKind, t: TimeExpr | null, task: number | null, role: FactRole): Deadline {
  return {
    text: text.slice(s, e),
    span: span(base, s, e),
    kind,
    start: t?.from ?? null,
    end: t?.to ?? null,
    valid: t ? t.valid : true,
    task,
    role,
  };
}

/**
 * Parses a task's time cell ("Xong trước 31/10/2025", "Quý III/2025", "Thường xuyên", "Khi có phát sinh",
 * "Hằng năm", "Năm 2025 và khi có hướng dẫn …") into one deadline covering the cell's trimmed text.
 * The leading phrase decides: continuous, conditional, recurring; otherwise the first time expression.
 * Returns [] when the cell holds no deadline.
 */
const OPEN_START = /^\s*(?:bắt\s+đầu\s+)?từ\s+(?:ngày\s+|tháng\s+|năm\s+)?\d(?![^\n]*(?:đến|tới|[-–]\s*\d|cho\s+đến))/iu;

export function parseDeadline(cellText: string, base: number, opts: { task?: number | null; role?: FactRole } = {}): Deadline[] {
  const task = opts.task ?? null;
  const role = opts.role ?? 'table';
  const [s, e0] = trimRange(cellText, 0, cellText.length, ' \t\n,;:.');
  // Keep the cell's own text (HTML remnants and trailing notes are not part of the deadline phrase).
  let e = e0;
  const stripped = cellText.slice(s, e);
  const head = stripped.replace(/^(?:<[^>]{0,40}>\s*)+/u, '');
  const hs = s + (stripped.length - head.length);
  const tag = head.indexOf('<');
  if (tag > 0) e = hs + tag;
  const body = cellText.slice(hs, e);
  if (body.trim() === '') return [];
  if (CONTINUOUS.test(body)) return [make(cellText, base, hs, e, 'continuous', null, task, role)];
  if (CONDITIONAL.test(body) || REFERENCE.test(body)) return [make(cellText, base, hs, e, 'conditional', null, task, role)];
  if (RECURRING.test(body)) return [make(cellText, base, hs, e, 'recurring', null, task, role)];
  // The dates of documents cited in the cell are not its deadline.
  const first = scanTimes(body).find((t) => !isCitedDate(body, t));
  // "Từ 01/7/2025" with no end: the start of ongoing work, which sets no deadline to check against the period.
  if (first && OPEN_START.test(body)) return [{ ...make(cellText, base, hs, e, 'range', first, task, role), end: null }];
  if (first) return [make(cellText, base, hs, e, KIND_OF_TIME[first.kind], first, task, role)];
  if (RECURRING_ANY.test(body)) return [make(cellText, base, hs, e, 'recurring', null, task, role)];
  return [];
}

/**
 * Deadline phrases in prose: a labelled time ("Thời gian thực hiện: Thường xuyên"), a date after a
 * deadline word ("xong trước 31/10/2025", "chậm nhất ngày 15/8/2025", "hoàn thành trong Quý III/2025")
 * and recurring duties ("báo cáo định kỳ hằng quý", "trước ngày 15 của tháng cuối quý").
 * Dates describing the past or a document ("văn bản ban hành trước ngày 01/7/2025") are not deadlines.
 * `opts.times`: the scan of `text`, when the caller already has it.
 */
export function findDeadlines(
  text: string,
  base: number,
  role: FactRole,
  opts: { task?: number | null; times?: Iterable<TimeExpr> } = {},
): Deadline[] {
  const out: Deadline[] = [];
  const task = opts.task ?? null;
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && e > a);

  // Labelled times: the rest of the clause is a time cell.
  for (const m of execAll(LABEL, text)) {
    const s = (m.index ?? 0) + m[0].length;
    let e = s;
    while (e < text.length && text[e] !== '\n' && text[e] !== '\t') e += 1;
    const cell = text.slice(s, e);
    for (const d of parseDeadline(cell, base + s, { task, role })) {
      out.push(d);
      taken.push([d.span.start - base, d.span.end - base]);
    }
  }
  for (const m of execAll(RECURRING_PROSE, text)) {
    const [s, e] = trimRange(text, m.index ?? 0, (m.index ?? 0) + m[0].length, ' \t\n,;:.(');
    if (!free(s, e)) continue;
    out.push(make(text, base, s, e, 'recurring', null, task, role));
    taken.push([s, e]);
  }
  for (const re of [YEARLY_LEAD, YEARLY_REPORT]) {
    for (const m of execAll(re, text)) {
      const g = m[1] ?? '';
      const at = (m.index ?? 0) + m[0].length - g.length;
      if (!free(at, at + g.length)) continue;
      out.push(make(text, base, at, at + g.length, 'recurring', null, task, role));
      taken.push([at, at + g.length]);
    }
  }
  for (const t of opts.times ?? scanTimes(text)) {
    if (!free(t.start, t.end) || isCitedDate(text, t)) continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    const lead = PROSE_LEAD.exec(before);
    if (!lead) continue;
    const leadWord = lead[0].trim().toLowerCase();
    // Bare "trong"/"trước" only lead a deadline for whole periods or after a completion verb.
    if (/^(?:trong|trước)$/u.test(leadWord)) {
      const verb = pattern(String.raw`(?:hoàn thành|xong|thực hiện|triển khai|ban hành|tổ chức|báo cáo|nộp|gửi)[\p{L}\s,]{0,30}$`, 'iu').test(before.slice(0, before.length - lead[0].length));
      if (!verb || t.kind === 'year') continue;
    }
    const pre = before.slice(0, before.length - lead[0].length);
    if (PAST_BEFORE.test(pre) && !/(?:xong|hoàn thành|chậm nhất)/iu.test(leadWord)) continue;
    if (pattern(String.raw`(?:đã|được)\s{1,3}[\p{L}\s,]{0,30}$`, 'iu').test(pre) && !/(?:chậm nhất|hạn chót)/iu.test(leadWord)) continue;
    const s = t.start - lead[0].length;
    out.push(make(text, base, s, t.end, KIND_OF_TIME[t.kind], t, task, role));
    taken.push([s, t.end]);
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}
