// Percentage targets: value, comparator, normalized indicator, kind (share, change, past), area and year.
import type { FactRole, Target } from '../model/facts.js';
import { execAll } from '../text/match.js';
import { span } from './_shared.js';
import { pattern } from '../text/pattern.js';

/** The next word after a figure (up to three spaces or commas before it). */
const NEXT_WORD = pattern(String.raw`^[\s,]{0,3}([\p{L}\p{N}&]+)`, 'u');
const NOT_WORD_CHARS = pattern(String.raw`[^\p{L}\p{N}\s]`, 'gu');
const RESULTS_TITLE = pattern(String.raw`(?<![\p{L}])(?:kết quả (?:thực hiện|đạt được)|đánh giá (?:kết quả|tình hình)|tình hình thực hiện)(?![\p{L}])`, 'iu');

const PCT = pattern(String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?%`, 'gu');
const CMP_BEFORE: readonly [RegExp, Target['comparator']][] = [
  [/(?:tối thiểu|ít nhất|không dưới|không thấp hơn)\s{1,3}(?:là\s{1,3})?$/iu, 'gte'],
  [/≥\s{0,3}$/u, 'gte'],
  [/(?:không quá|tối đa|không vượt quá|không cao hơn)\s{1,3}$/iu, 'lte'],
  [/≤\s{0,3}$/u, 'lte'],
  [/(?:trên|hơn|vượt|cao hơn)\s{1,3}$/iu, 'gt'],
  [/(?:dưới|thấp hơn|chưa đến)\s{1,3}$/iu, 'lt'],
];
const UP_AFTER = pattern(String.raw`^\s{0,2}(?:trở lên)(?![\p{L}])`, 'iu');
const CHANGE_VERB = pattern(String.raw`(?<![\p{L}])(?:tăng|giảm|cắt giảm|giảm thiểu|rút ngắn|thêm|cắt,\s{0,2}giảm)(?![\p{L}])`, 'giu');
const LEVEL_WORD = pattern(String.raw`(?<![\p{L}])(?:đạt|tỷ lệ|tỉ lệ|còn)(?![\p{L}])`, 'giu');
const SO_VOI = pattern(String.raw`(?<![\p{L}])so với(?![\p{L}])`, 'iu');
const YEAR = pattern(String.raw`(?<![\p{L}])(so với\s{1,3})?năm\s{1,3}((?:19|20)\d{2})(?!\d)(?!\s{0,2}[-–]\s{0,2}\d)`, 'giu');

const EXPAND: readonly [RegExp, string][] = [
  [/\btthc\b/gu, 'thủ tục hành chính'],
  [/\bdvctt\b/gu, 'dịch vụ công trực tuyến'],
  [/\bdvc\b/gu, 'dịch vụ công'],
  [/\bvbqppl\b/gu, 'văn bản quy phạm pháp luật'],
  [/\bqppl\b/gu, 'quy phạm pháp luật'],
  [/\bpakn\b/gu, 'phản ánh kiến nghị'],
  [/\bnsnn\b/gu, 'ngân sách nhà nước'],
  [/\bcchc\b/gu, 'cải cách hành chính'],
  [/\bcb,\s?cc,\s?vc\b/gu, 'cán bộ công chức viên chức'],
];
const LEADING_FILLER = /^(?:(?:các|những|số(?! hóa| hoá)|tỷ lệ|tỉ lệ|tăng|bảo đảm|đảm bảo|phấn đấu|trong đó|đạt|có|nâng cao|đặc biệt|việc|(?:đến|trong|vào)(?: năm)? \d{4}|năm \d{4})\s+)+/u;
/** Words that end an indicator after the percentage. */
const STOP_AFTER = /^(?:được|đạt|có|do|khi|thuộc|trên|tại|của|đối|để|đáp|không|đủ|theo|từ|so|trở|thực|phải|là|giữa|trong|vào|cho|với|đến|hoặc)$/iu;
/** Result verbs that make a paragraph's figures a report of the past. */
const PAST_CUE = pattern(String.raw`(?<![\p{L}])(?:đã\s{1,3}(?:đạt|hoàn thành|thực hiện|triển khai)|đạt được)(?![\p{L}])`, 'giu');
/** Section titles that report results of earlier years ("KẾT QUẢ THỰC HIỆN …"): their figures are 'past'. */
export function isResultsTitle(title: string): boolean {
  return RESULTS_TITLE.test(title);
}
const MAX_WORDS = 8;

/** Lower case, abbreviations expanded, parentheses and punctuation removed, filler dropped, at most 8 words. */
export function normalizeIndicator(s: string): string {
  let t = s.toLowerCase().replace(/\u00d0/gu, 'đ');
  t = t.replace(/\([^()]{0,80}\)/gu, ' ');
  for (const [re, out] of EXPAND) t = t.replace(re, out);
  t = t.replace(NOT_WORD_CHARS, ' ').replace(/\s+/gu, ' ').trim();
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t.replace(LEADING_FILLER, '');
  }
  return t.split(' ').slice(0, MAX_WORDS).join(' ');
}

/** A "." that ends a sentence: followed by a space, and not the dot of a list marker ("1.", "2.1.", "II."). */
function isStop(text: string, dot: number): boolean {
  if (text[dot] !== '.' || !/\s/u.test(text[dot + 1] ?? ' ')) return false;
  // "… nhà nước. đạt 100%": a stray dot before a lower-case word does not end the sentence.
  if (/^\s{1,3}[\p{Ll}]/u.test(text.slice(dot + 1, dot + 5))) return false;
  return !/(?:^|[\n\t])[\s\-+]{0,3}[\dIVX.]{1,6}$/u.test(text.slice(Math.max(0, dot - 8), dot));
}

/** How far the context of one figure reaches (bounded so a hostile line is still scanned in linear time). */
const WINDOW = 600;

function sentenceStart(text: string, at: number): number {
  let s = at;
  const floor = Math.max(0, at - WINDOW);
  while (s > floor) {
    const c = text[s - 1];
    if (c === '\n' || c === '\t' || isStop(text, s - 1)) break;
    s -= 1;
  }
  return s;
}

function clauseStart(text: string, at: number, floor: number): number {
  let s = at;
  while (s > floor) {
    const c = text[s - 1];
    if (c === ';' || c === '\n' || c === '\t' || isStop(text, s - 1)) break;
    s -= 1;
  }
  return s;
}

function clauseEnd(text: string, at: number): number {
  let e = at;
  const limit = Math.min(text.length, at + WINDOW);
  while (e < limit) {
    const c = text[e];
    if (c === ';' || c === '\n' || c === '\t' || (c === '.' && /\s|$/u.test(text[e + 1] ?? ' '))) break;
    e += 1;
  }
  return e;
}

function wordsAfter(text: string, at: number, end: number): string {
  const words: string[] = [];
  let i = at;
  if (/^\s{0,2}[,;.)(:]/u.test(text.slice(at, at + 4))) return '';
  while (words.length < MAX_WORDS + 4 && i < end) {
    const m = NEXT_WORD.exec(text.slice(i, Math.min(end, i + 40)));
    if (!m || !m[1]) break;
    if (/[,]/u.test(m[0]) && words.length > 0) break;
    if (STOP_AFTER.test(m[1])) break;
    // "20% TTHC và cắt giảm …": "và" before a verb ends the phrase; "người dân và doanh nghiệp" does not.
    if (/^và$/iu.test(m[1]) && /^\s{1,2}(?:cắt|giảm|tăng|đơn|rà|thực|bảo|đảm|nâng|triển)/iu.test(text.slice(i + m[0].length, i + m[0].length + 12))) break;
    words.push(m[1]);
    i += m[0].length;
  }
  return words.join(' ');
}

/** Every match of a global regex compiled once (lastIndex reset; the extractors are not re-entrant). */

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  for (const m of execAll(re, s)) last = m.index;
  return last;
}

const LEVEL_OR_VERB = pattern(String.raw`(?<![\p{L}])(?:đạt|là|tăng|giảm|cắt giảm)(?![\p{L}])`, 'giu');

/** Result-verb positions and paragraph starts, computed once per text so each figure's check is O(log n). */
function pastCues(text: string): { pastBefore(at: number): boolean } {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\t') breaks.push(i);
  const cues = execAll(PAST_CUE, text).map((m) => m.index);
  const lastBelow = (xs: number[], at: number): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (xs[lo - 1] ?? -1) : -1;
  };
  return {
    pastBefore(at: number): boolean {
      const cue = lastBelow(cues, at);
      return cue >= 0 && cue > lastBelow(breaks, at);
    },
  };
}

/**
 * Percentage targets in `text` ("tối thiểu 30% thời gian thực hiện", "Tỷ lệ … đạt 95% trở lên",
 * "tăng tối thiểu 20% so với năm 2024"). `area` is the reform area of the enclosing section (or null);
 * `opts.past` marks text that reports results (a "Kết quả thực hiện" section): its figures are 'past'.
 * A figure is also 'past' when a result verb ("đã đạt", "đã hoàn thành", "đạt được") precedes it in the same paragraph.
 */
export function findTargets(text: string, base: number, role: FactRole, area: string | null, opts: { past?: boolean } = {}): Target[] {
  const out: Target[] = [];
  let prevEnd = 0;
  let prevIndicator = '';
  const cues = pastCues(text);
  for (const m of execAll(PCT, text)) {
    const s = m.index;
    const e = s + m[0].length;
    const value = Number((m[1] ?? '0').replace(',', '.'));
    const sent = sentenceStart(text, s);
    const clause = clauseStart(text, s, sent);
    const seg = Math.max(clause, prevEnd);
    const before = text.slice(seg, s);
    const cEnd = clauseEnd(text, e);
    const after = text.slice(e, Math.min(cEnd, e + 200));

    let comparator: Target['comparator'] = 'eq';
    let textStart = s;
    for (const [re, c] of CMP_BEFORE) {
      const cm = re.exec(before);
      if (cm) {
        comparator = c;
        textStart = s - cm[0].length;
        break;
      }
    }
    let textEnd = e;
    const up = UP_AFTER.exec(after);
    if (up) {
      comparator = comparator === 'gt' ? 'gt' : 'gte';
      textEnd = e + up[0].length;
      const tu = /(?:từ)\s{1,3}$/iu.exec(text.slice(seg, textStart));
      if (tu) textStart -= tu[0].length;
    }

    // Kind: a change verb not followed by a level word ("đạt", "tỷ lệ"), or "so với" in the clause.
    const verbAt = lastIndex(CHANGE_VERB, before);
    const levelAt = lastIndex(LEVEL_WORD, before);
    let kind: Target['kind'] = (verbAt >= 0 && verbAt > levelAt) || SO_VOI.test(after) ? 'change' : 'share';
    if (opts.past || cues.pastBefore(s)) kind = 'past';

    // Indicator: the noun phrase after the figure, else the subject of the clause before it.
    let ind = up ? '' : wordsAfter(text, e, cEnd);
    let indicator = normalizeIndicator(ind);
    if (indicator === '') {
      let subj = text.slice(seg, textStart);
      const lvl = lastIndex(LEVEL_OR_VERB, subj);
      if (lvl > 0) subj = subj.slice(0, lvl);
      ind = subj.replace(/^[\s\-–+•]+/u, '');
      indicator = normalizeIndicator(ind);
      // "… thêm 20% đến khi đạt tỷ lệ 100%": the second figure measures the same thing as the first.
      if ((indicator.split(' ').length < 2 || /^(?:đến|khi|và|hoặc)(?: |$)/u.test(indicator)) && prevIndicator) {
        ind = prevIndicator;
        indicator = normalizeIndicator(ind);
      }
    }

    // Year: the nearest "năm YYYY" before the figure in the sentence (not a "so với" baseline), else one after it in the clause.
    let year: number | null = null;
    for (const y of execAll(YEAR, text.slice(Math.max(sent, s - 300), s))) if (!y[1]) year = Number(y[2]);
    if (year === null) {
      for (const y of execAll(YEAR, after)) {
        if (!y[1]) {
          year = Number(y[2]);
          break;
        }
      }
    }

    out.push({
      text: text.slice(textStart, textEnd),
      span: span(base, textStart, textEnd),
      value,
      comparator,
      indicator,
      kind,
      area,
      year,
      role,
    });
    prevEnd = e;
    prevIndicator = ind;
  }
  return out;
}
