// Parses the header zone and the title block: agency, quốc hiệu, số ký hiệu, place and date, tên loại, trích yếu;
// and a cover decision ("QUYẾT ĐỊNH Ban hành Kế hoạch …") with the plan attached to it.
import type { CoverDecision, DocumentNumber, Header, IssueDate, PlanDocument } from '../model/plan.js';
import type { Span, TextRef } from '../model/span.js';
import { isoOrNull } from '../text/calendar.js';
import { buildZone, findFree, lineOf, markUsed, freePieces, type Zone, zoneRef, zoneSpan } from './header-zone.js';
import { isAllCaps, type Line, subRef } from './lines.js';
import { parseMarker } from './markers.js';
import { pattern } from '../text/pattern.js';

// "HÒA" (Nghị định 30/2020) and the tone-mark variant "HOÀ" are both accepted.
const NATIONAL_NAME_RE = pattern(String.raw`CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM(?![\p{L}\p{N}])`, 'iu');
// A Quốc hiệu cut short ("CỘNG HÒA XÃ HỘI" alone): present but malformed.
const NATIONAL_NAME_PART_RE = pattern(String.raw`CỘNG\s+H(?:ÒA|OÀ)(?:\s+XÃ(?:\s+HỘI)?)?(?:\s+CHỦ\s+NGHĨA)?(?:\s+VIỆT\s+NAM)?(?![\p{L}\p{N}])`, 'iu');
const MOTTO_RE = pattern(String.raw`Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc(?![\p{L}\p{N}])`, 'iu');
const MOTTO_PART_RE = pattern(String.raw`Độc\s+lập\s*[-–—]?\s*Tự\s+do(?:\s*[-–—]?\s*Hạnh\s+phúc)?(?![\p{L}\p{N}])`, 'iu');
const NUMBER_LINE_RE = /^Số\s*:\s*/u;
const NUMBER_LEAD_RE = pattern(String.raw`(?<![\p{L}\p{N}])S[ốỐ]\s*:`, 'u');
// "Số: 09/KH-SDTTG", "Số: /KH-UBND", "Số: 128/2025/QĐ-UBND".
const NUMBER_RE = pattern(String.raw`^(\d{0,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?([\p{L}&]{1,12})?(?:\s*-\s*([\p{L}\p{N}&.-]{1,40}))?`, 'u');
// "ngày 05 tháng 3 năm 2025", day/month possibly left blank in drafts; the place is read before it.
const DATE_RE = pattern(String.raw`(?<![\p{L}\p{N}])ngày\s*(\d{1,2}|\.{2,}|…)?\s*tháng\s*(\d{1,2}|\.{2,}|…)?\s*năm\s*(\d{4})?`, 'iu');
// "ngày 05/3/2025": a date not in the prescribed words (header/date reports the form).
const DATE_NUMERIC_RE = pattern(String.raw`(?<![\p{L}\p{N}])ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`, 'iu');
// Per line, for parseIssueDate (kept for callers that read one line).
const DATE_LINE_RE =
  /^(?:([^,\d]{2,60}?)\s*,\s*)?ngày\s*(\d{1,2}|\.{2,}|…)?\s*tháng\s*(\d{1,2}|\.{2,}|…)?\s*năm\s*(\d{4})?/iu;
const TITLE_CAPS_RE = pattern(String.raw`^KẾ\s+HOẠCH(?![\p{L}\p{N}])\s*`, 'u');
const TITLE_ANY_RE = pattern(String.raw`^Kế\s+hoạch(?![\p{L}\p{N}])\s*`, 'u');
const DECISION_TITLE_RE = /^QUYẾT\s+ĐỊNH\s*$/u;
// "(Ban hành kèm theo Quyết định số 2820/QĐ-UBND ngày …)" under the attached plan's title.
const ATTACHED_RE = pattern(String.raw`^\(?\s*(?:Ban\s+hành\s+)?kèm\s+theo\s+Quyết\s+định(?![\p{L}\p{N}])`, 'iu');
const REPLACES_RE = pattern(String.raw`^\(?\s*(Thay\s+thế|Thay thế)(?![\p{L}\p{N}])`, 'iu');
const AGENCY_RE =
  pattern(String.raw`^(UBND|ỦY\s+BAN|UỶ\s+BAN|HĐND|HỘI\s+ĐỒNG|SỞ|BAN|BỘ|CỤC|TỔNG\s+CỤC|CHI\s+CỤC|VĂN\s+PHÒNG|PHÒNG|TRUNG\s+TÂM|TRƯỜNG|THANH\s+TRA|ĐẢNG|TỈNH\s+ỦY|TỈNH\s+UỶ|THÀNH\s+ỦY|THÀNH\s+UỶ|HUYỆN\s+ỦY|ĐOÀN|CÔNG\s+AN|BỘ\s+CHỈ\s+HUY|KHO\s+BẠC|CHI\s+NHÁNH|BẢO\s+HIỂM|ĐÀI|BỆNH\s+VIỆN|VIỆN|HỌC\s+VIỆN|ĐẠI\s+HỌC|TẬP\s+ĐOÀN|TỔNG\s+CÔNG\s+TY|CÔNG\s+TY|LIÊN\s+ĐOÀN|HỘI|MẶT\s+TRẬN|TÒA\s+ÁN|TOÀ\s+ÁN|QUÂN\s+KHU|BỘ\s+ĐỘI)(?![\p{L}\p{N}])`, 'u');
// Words that open a preamble sentence rather than continue the subject.
const PREAMBLE_LEAD_RE = /^(Căn\s+cứ|Thực\s+hiện|Nhằm|Theo|Để|Trên\s+cơ\s+sở|Ngày\s+\d|Triển\s+khai\s+thực\s+hiện\s+\p{Ll}+\s+số)/u;
// The authority line of a decision ("ỦY BAN NHÂN DÂN THÀNH PHỐ …", "CHỦ TỊCH ỦY BAN NHÂN DÂN …").
const AUTHORITY_RE = pattern(String.raw`^(CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|TRƯỞNG\s+BAN|ỦY\s+BAN|UỶ\s+BAN|UBND|HỘI\s+ĐỒNG)(?![\p{L}\p{N}])`, 'u');

/** A line's text without Markdown emphasis and separators at its edges ("**KẾ HOẠCH**", "*Căn cứ …*"). */
export function plain(text: string): string {
  return text.replace(/^[\s*_|#>]+/u, '').replace(/[\s*_|]+$/u, '');
}

export function emptyHeader(): Header {
  return {
    issuingBody: null,
    parentBody: null,
    nationalName: null,
    motto: null,
    documentNumber: null,
    place: null,
    issueDate: null,
    documentType: null,
    subject: null,
    replaces: null,
  };
}

/** A plan with nothing found in it (the model of an input that could not be read, and of tests' stand-ins). */
export function emptyDocument(source: PlanDocument['source']): PlanDocument {
  return {
    source,
    header: emptyHeader(),
    legalBases: [],
    period: null,
    sections: [],
    tables: [],
    tasks: [],
    recipients: null,
    signature: null,
    footnotes: [],
    appendices: [],
    preamble: [],
    closing: [],
  };
}


interface TitleAt {
  index: number;
  caps: boolean;
  /** 2 when the type name itself is wrapped ("KẾ" / "HOẠCH"). */
  lines: 1 | 2;
}

/** Index of the title line ("KẾ HOẠCH …", also "**KẾ HOẠCH**" and "KẾ" / "HOẠCH"), searching the first lines only. */
export function findTitle(lines: readonly Line[], from = 0, limit = 40): TitleAt | null {
  const stop = Math.min(lines.length, from + limit);
  for (let i = from; i < stop; i++) {
    const t = plain((lines[i] as Line).text);
    if (TITLE_CAPS_RE.test(t)) return { index: i, caps: true, lines: 1 };
    if (t === 'KẾ' && pattern(String.raw`^HOẠCH(?![\p{L}\p{N}])`, 'u').test(plain(lines[i + 1]?.text ?? ''))) return { index: i, caps: true, lines: 2 };
  }
  // Web renditions write the title in sentence case ("Kế hoạch cải cách hành chính … năm 2025").
  for (let i = from; i < Math.min(lines.length, from + 12); i++) {
    const t = plain((lines[i] as Line).text);
    if (TITLE_ANY_RE.test(t) && t.length < 200 && !/[.:;]$/u.test(t)) return { index: i, caps: false, lines: 1 };
  }
  return null;
}

export function parseDocumentNumber(line: Line): DocumentNumber | null {
  const lead = NUMBER_LINE_RE.exec(line.text);
  if (!lead) return null;
  const value = line.text.slice(lead[0].length).trim();
  return numberOf(NUMBER_RE.exec(value), { text: line.text, span: { start: line.start, end: line.end } });
}

/** The parts of a number matched by NUMBER_RE ("1234/2025/KH-UBND"); a blank serial is a draft's placeholder. */
function numberOf(m: RegExpExecArray | null, ref: TextRef): DocumentNumber {
  const serial = m?.[1] ? m[1] : null;
  return {
    raw: ref.text,
    number: serial,
    year: m?.[2] ? Number(m[2]) : null,
    typeCode: m?.[3] ?? null,
    issuerCode: m?.[4] ?? null,
    placeholder: serial === null,
    span: ref.span,
  };
}

export function parseIssueDate(line: Line): { place: Line | null; date: IssueDate } | null {
  const m = DATE_LINE_RE.exec(line.text);
  if (!m) return null;
  const placeText = (m[1] ?? '').trim();
  if (!placeText && !/^ngày\s*(\d|\.|…)/iu.test(line.text)) return null;
  const placeStart = line.text.indexOf(placeText);
  return {
    place: placeText ? { ...line, text: placeText, start: line.start + placeStart, end: line.start + placeStart + placeText.length } : null,
    date: issueDateOf(
      m[2],
      m[3],
      m[4],
      (placeText ? line.text.slice(placeStart + placeText.length) : line.text).replace(/^\s*,\s*/u, '').trim(),
      { start: line.start, end: line.end },
    ),
  };
}

/** An issue date from the day, month and year as matched (a blank or dotted day/month is a draft's placeholder). */
function issueDateOf(dayMatch: string | undefined, monthMatch: string | undefined, yearMatch: string | undefined, raw: string, span: Span): IssueDate {
  const dayText = dayMatch && /\d/u.test(dayMatch) ? dayMatch : null;
  const monthText = monthMatch && /\d/u.test(monthMatch) ? monthMatch : null;
  const day = dayText ? Number(dayText) : null;
  const month = monthText ? Number(monthText) : null;
  const year = yearMatch ? Number(yearMatch) : null;
  return {
    raw,
    day,
    month,
    year,
    iso: day !== null && month !== null && year !== null ? isoOrNull(year, month, day) : null,
    placeholder: day === null || month === null || year === null,
    dayText,
    monthText,
    span,
  };
}

/** Header fields from the lines before the title (the header zone), whatever their layout. */
export function parseHeaderZone(zoneLines: readonly Line[], header: Header): void {
  const zone = buildZone(zoneLines);
  const take = (m: RegExpExecArray | null): TextRef | null => {
    if (!m) return null;
    markUsed(zone, m.index, m.index + m[0].length);
    return zoneRef(zone, m.index, m.index + m[0].length);
  };
  // Quốc hiệu: the full name, else a part of it (reported as malformed, not missing).
  header.nationalName = take(findFree(zone, NATIONAL_NAME_RE)) ?? take(findFree(zone, NATIONAL_NAME_PART_RE));
  header.motto = take(findFree(zone, MOTTO_RE)) ?? take(findFree(zone, MOTTO_PART_RE));
  const num = findFree(zone, NUMBER_LEAD_RE);
  if (num) header.documentNumber = numberAt(zone, num);
  const date = findFree(zone, DATE_RE) ?? findFree(zone, DATE_NUMERIC_RE);
  if (date) {
    const got = dateAt(zone, date);
    header.place = got.place;
    header.issueDate = got.date;
  }
  const bodies = agencyBodies(zone);
  if (bodies.length >= 2) {
    header.parentBody = bodies[0] as TextRef;
    // A name split into more pieces than parent + body: the rest is the issuing body.
    const rest = bodies.slice(1);
    const first = rest[0] as TextRef;
    const last = rest[rest.length - 1] as TextRef;
    header.issuingBody = { text: rest.map((b) => b.text).join(' '), span: { start: first.span.start, end: last.span.end } };
  } else if (bodies.length === 1) {
    header.issuingBody = bodies[0] as TextRef;
  }
}

/** "Số: 1234/KH-UBND", the value possibly on the next line ("Số:" / "1234/KH-UBND"). */
function numberAt(zone: Zone, lead: RegExpExecArray): DocumentNumber {
  let i = lead.index + lead[0].length;
  while (i < zone.text.length && /\s/u.test(zone.text[i] ?? '') && !zone.used[i]) i++;
  const m = NUMBER_RE.exec(zone.text.slice(i));
  // The value must start right after the blanks (not a later "/" of some other field).
  const end = m && m[0].length > 0 && !m[0].includes('\n\n') ? i + m[0].trimEnd().length : lead.index + lead[0].length;
  markUsed(zone, lead.index, end);
  return numberOf(m, zoneRef(zone, lead.index, end) as TextRef);
}

const PLACE_CONNECTOR_RE = /^(phố|xã)$/u;
const PLACE_WORD_RE = /^(\p{Lu}\p{Ll}*\.?|TP\.|Tp\.)$/u;
// A line that starts an agency name cannot be the first half of a wrapped place.
const AGENCY_WORD_RE = /^(Sở|Ban|Bộ|Cục|Ủy|Uỷ|UBND|Phòng|Văn|Trung|Chi|Tổng|Công|Đoàn|Thanh)$/u;

/** Words of the line part [from, to), with zone offsets. */
function wordsIn(zone: Zone, from: number, to: number): { w: string; a: number; b: number }[] {
  const out: { w: string; a: number; b: number }[] = [];
  const re = /\S+/gu;
  const part = zone.text.slice(from, to);
  for (let m = re.exec(part); m; m = re.exec(part)) out.push({ w: m[0], a: from + m.index, b: from + m.index + m[0].length });
  return out;
}

/** Start of the free stretch of the line that ends at `to` (after the last used character or column gap). */
function freeStart(zone: Zone, to: number): number {
  let i = to;
  while (i > 0 && zone.text[i - 1] !== '\n' && !zone.used[i - 1] && !/^ {4}/u.test(zone.text.slice(i - 4, i))) i--;
  return i;
}

/** Trailing run of place words ("Thừa Thiên Huế", "Thành phố Hồ Chí Minh"). */
function placeRun(words: { w: string }[]): number {
  let k = words.length;
  while (k > 0) {
    const w = (words[k - 1] as { w: string }).w;
    const prev = words[k - 2]?.w ?? '';
    if (PLACE_WORD_RE.test(w) || (PLACE_CONNECTOR_RE.test(w) && /^(Thành|Thị)$/u.test(prev))) k--;
    else break;
  }
  return words.length - k;
}

/** The place before "ngày …", possibly wrapped over two lines ("Thừa Thiên" / "Huế, ngày …"). */
function placeBefore(zone: Zone, at: number): { a: number; b: number; text: string } | null {
  let i = at;
  while (i > 0 && /\s/u.test(zone.text[i - 1] ?? '') && !zone.used[i - 1]) i--;
  if (zone.text[i - 1] === ',') i--;
  while (i > 0 && /\s/u.test(zone.text[i - 1] ?? '') && !zone.used[i - 1]) i--;
  const end = i;
  const from = freeStart(zone, end);
  const words = wordsIn(zone, from, end);
  const n = Math.min(placeRun(words), 6);
  if (n === 0) return null;
  let run = words.slice(words.length - n);
  // The run fills its line up to the date: the place may have started on the previous line.
  const lineNo = lineOf(zone, end - 1);
  const lineStart = zone.lineStarts[lineNo] as number;
  if (n === words.length && from === lineStart && lineNo > 0 && run.length < 4) {
    const prevEnd = lineStart - 1;
    const prevWords = wordsIn(zone, freeStart(zone, prevEnd), prevEnd);
    if (
      prevWords.length > 0 &&
      prevWords.length + run.length <= 6 &&
      placeRun(prevWords) === prevWords.length &&
      !AGENCY_WORD_RE.test((prevWords[0] as { w: string }).w)
    )
      run = [...prevWords, ...run];
  }
  const first = run[0] as { a: number };
  const last = run[run.length - 1] as { b: number };
  return { a: first.a, b: last.b, text: run.map((r) => r.w).join(' ') };
}

function dateAt(zone: Zone, m: RegExpExecArray): { place: TextRef | null; date: IssueDate } {
  const dateEnd = m.index + m[0].length;
  const placeAt = placeBefore(zone, m.index);
  const dateRef = zoneRef(zone, m.index, dateEnd) as TextRef;
  const place = placeAt ? { text: placeAt.text, span: zoneSpan(zone, placeAt.a, placeAt.b) as Span } : null;
  const from = placeAt ? placeAt.a : m.index;
  markUsed(zone, from, dateEnd);
  return { place, date: issueDateOf(m[1], m[2], m[3], dateRef.text, { start: place ? place.span.start : dateRef.span.start, end: dateRef.span.end }) };
}

// Marks that are not part of an agency name: draft stamps, urgency and secrecy marks.
const STAMP_RE = /^(DỰ\s+THẢO|BẢN\s+DỰ\s+THẢO|MẬT|TỐI\s+MẬT|TUYỆT\s+MẬT|KHẨN|THƯỢNG\s+KHẨN|HỎA\s+TỐC|HOẢ\s+TỐC)(\s*\d*)?$/iu;
// Mixed-case agency lead in flattened web text ("Sở Tư pháp", "Ủy ban nhân dân tỉnh …").
const AGENCY_MIXED_RE =
  /^(?:(?:Sở|Ban|Bộ|Cục|Tổng\s+cục|Chi\s+cục|Văn\s+phòng|Thanh\s+tra|Trung\s+tâm|Công\s+an|Đoàn)\s+\p{Lu}|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND\s)/u;

/**
 * The issuing bodies from what is left of the zone: capitalised pieces; a piece opening with an agency word
 * starts a body, any other capitalised piece continues the one before ("ỦY BAN NHÂN" / "DÂN" / "TỈNH LÂM ĐỒNG").
 */
function agencyBodies(zone: Zone): TextRef[] {
  const bodies: { a: number; b: number; parts: string[] }[] = [];
  for (const { a, b } of freePieces(zone)) {
    const raw = zone.text.slice(a, b).replace(/\s+/gu, ' ').trim();
    const letters = raw.replace(pattern(String.raw`[^\p{L}]`, 'gu'), '');
    if (letters.length < 2 || STAMP_RE.test(raw)) continue;
    const caps = isAllCaps(raw) && letters.length >= 4 && raw.length <= 150;
    const lead = AGENCY_RE.test(raw) || (AGENCY_MIXED_RE.test(raw) && raw.split(' ').length <= 12);
    if (raw.length > 150) continue;
    if (lead) bodies.push({ a, b, parts: [raw] });
    else if ((caps || /^\p{Lu}+$/u.test(letters)) && bodies.length > 0) {
      const last = bodies[bodies.length - 1] as { b: number; parts: string[] };
      if (last.parts.join(' ').length + raw.length > 200) continue;
      last.parts.push(raw);
      last.b = b;
    }
  }
  return bodies.map((x) => ({ text: x.parts.join(' '), span: zoneSpan(zone, x.a, x.b) as Span }));
}

export interface TitleBlock {
  header: Header;
  /** The subject's lines as found (the subject text is them joined by spaces). */
  subjectLines: { text: string; start: number }[];
  /** Index of the first line after the title, subject and replaces clause. */
  next: number;
  /** The cover decision the plan is attached to, if any (its recipients, signature and bases are filled by parsePlan). */
  coverDecision: CoverDecision | null;
  /** Lines [from, to) of the cover decision after its subject: preamble, articles, recipients and signature. */
  decisionBody: { from: number; to: number } | null;
}

/** Offsets of plain(line.text) inside the line. */
function plainPart(line: Line): { text: string; start: number; end: number } {
  const text = plain(line.text);
  const at = line.text.indexOf(text);
  const start = line.start + Math.max(0, at);
  return { text, start, end: start + text.length };
}

interface TitleRead {
  documentType: TextRef;
  subject: TextRef | null;
  subjectParts: { text: string; start: number; end: number }[];
  next: number;
}

/** The type name at `title` and the subject under it (wrapped over up to 6 lines). */
function readTitle(lines: readonly Line[], title: TitleAt, typeRe: RegExp): TitleRead {
  const titleLine = lines[title.index] as Line;
  const head = plainPart(titleLine);
  const subjectParts: { text: string; start: number; end: number }[] = [];
  let documentType: TextRef;
  let i = title.index + 1;
  if (title.lines === 2) {
    const second = plainPart(lines[title.index + 1] as Line);
    const m = /^HOẠCH/u.exec(second.text);
    const typeEnd = second.start + (m ? m[0].length : 0);
    documentType = { text: 'KẾ HOẠCH', span: { start: head.start, end: typeEnd } };
    const rest = second.text.slice(m ? m[0].length : 0).replace(/^[\s*]+/u, '');
    if (rest) subjectParts.push({ text: rest, start: second.end - rest.length, end: second.end });
    i = title.index + 2;
  } else {
    const lead = typeRe.exec(head.text);
    const typeLen = lead ? lead[0].trimEnd().length : 0;
    documentType = { text: head.text.slice(0, typeLen), span: { start: head.start, end: head.start + typeLen } };
    const rest = subRef({ text: head.text, start: head.start }, typeLen);
    const restText = plain(rest.text);
    if (restText) subjectParts.push({ text: restText, start: rest.span.end - restText.length - (rest.text.length - rest.text.trimEnd().length), end: rest.span.end });
  }
  const firstInline = subjectParts.length > 0;
  // Subject lines follow the title until the preamble, a section, the authority line or a clause in brackets.
  while (!firstInline && i < lines.length && subjectParts.length < 6) {
    const part = plainPart(lines[i] as Line);
    const t = part.text;
    if (!t) {
      i++;
      continue;
    }
    if (REPLACES_RE.test(t) || ATTACHED_RE.test(t) || PREAMBLE_LEAD_RE.test(t) || parseMarker(t) || t.length > 250 || /[:;]$/u.test(t)) break;
    if (subjectParts.length > 0) {
      const first = (subjectParts[0] as { text: string }).text;
      if (/[.]$/u.test(t) && t.length > 120) break;
      if (AUTHORITY_RE.test(t)) break;
      // A subject in capitals continues in capitals; one in sentence case continues in lower case or a number.
      if (isAllCaps(first, 4) ? /\p{Ll}/u.test(t) : !/^[\p{Ll}\d("“]/u.test(t) && subjectParts.length >= 3) break;
    }
    subjectParts.push(part);
    i++;
  }
  let subject: TextRef | null = null;
  if (subjectParts.length > 0) {
    const first = subjectParts[0] as { start: number };
    const last = subjectParts[subjectParts.length - 1] as { end: number };
    subject = { text: subjectParts.map((p) => p.text).join(' ').replace(/\s+/gu, ' ').trim(), span: { start: first.start, end: last.end } };
  }
  return { documentType, subject, subjectParts, next: i };
}

/** A bracketed clause under the title ("(Thay thế …)", "(Kèm theo Quyết định …)"), possibly wrapped. */
function readClause(lines: readonly Line[], at: number, re: RegExp): { ref: TextRef; next: number } | null {
  if (at >= lines.length || !re.test(plain((lines[at] as Line).text))) return null;
  let i = at;
  const first = plainPart(lines[i] as Line);
  let last = first;
  const parts = [first.text];
  while (!last.text.includes(')') && i + 1 < lines.length && parts.length < 4) {
    i++;
    last = plainPart(lines[i] as Line);
    parts.push(last.text);
  }
  return { ref: { text: parts.join(' '), span: { start: first.start, end: last.end } }, next: i + 1 };
}

/** "QUYẾT ĐỊNH" opening the document with a "KẾ HOẠCH" attached further down. */
function findCover(lines: readonly Line[]): { decision: number; plan: number } | null {
  let decision = -1;
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const t = plain((lines[i] as Line).text);
    if (TITLE_CAPS_RE.test(t)) return null;
    if (DECISION_TITLE_RE.test(t)) {
      decision = i;
      break;
    }
  }
  if (decision < 0) return null;
  const subject = lines
    .slice(decision + 1, decision + 6)
    .map((l) => plain(l.text))
    .join(' ');
  const issuesPlan = /ban\s+hành\s+kế\s+hoạch/iu.test(subject);
  for (let j = decision + 1; j < lines.length; j++) {
    const t = plain((lines[j] as Line).text);
    if (!TITLE_CAPS_RE.test(t) || t.length > 250) continue;
    const attached = lines.slice(j + 1, j + 10).some((l) => ATTACHED_RE.test(plain(l.text)));
    if (attached || issuesPlan) return { decision, plan: j };
  }
  return null;
}

/**
 * Parses everything up to the end of the trích yếu. `lines` are the document's lines from the start;
 * returns the header and where the preamble starts.
 */
export function parseHeader(lines: readonly Line[]): TitleBlock {
  const header = emptyHeader();
  const cover = findCover(lines);
  if (cover) return parseCovered(lines, cover);
  const title = findTitle(lines);
  if (!title) {
    parseHeaderZone(lines.slice(0, Math.min(lines.length, 8)).filter((l) => !parseMarker(l.text)), header);
    return { header, subjectLines: [], next: 0, coverDecision: null, decisionBody: null };
  }
  parseHeaderZone(lines.slice(0, title.index), header);
  const read = readTitle(lines, title, title.caps ? TITLE_CAPS_RE : TITLE_ANY_RE);
  header.documentType = read.documentType;
  header.subject = read.subject;
  let i = read.next;
  const replaces = readClause(lines, i, REPLACES_RE);
  if (replaces) {
    header.replaces = replaces.ref;
    i = replaces.next;
  }
  return { header, subjectLines: read.subjectParts, next: i, coverDecision: null, decisionBody: null };
}

/** A plan issued by a decision: the decision's own header, and the plan read from its "KẾ HOẠCH" line. */
function parseCovered(lines: readonly Line[], cover: { decision: number; plan: number }): TitleBlock {
  const decision = emptyHeader();
  parseHeaderZone(lines.slice(0, cover.decision), decision);
  const dec = readTitle(lines, { index: cover.decision, caps: true, lines: 1 }, /^QUYẾT\s+ĐỊNH\s*/u);
  decision.documentType = dec.documentType;
  decision.subject = dec.subject;
  const plan = readTitle(lines, { index: cover.plan, caps: true, lines: 1 }, TITLE_CAPS_RE);
  // The plan carries the decision's issuing body, national name, place and date; its number is the decision's.
  const header: Header = {
    ...emptyHeader(),
    issuingBody: decision.issuingBody,
    parentBody: decision.parentBody,
    nationalName: decision.nationalName,
    motto: decision.motto,
    place: decision.place,
    issueDate: decision.issueDate,
    documentType: plan.documentType,
    subject: plan.subject,
  };
  let i = plan.next;
  let attachment: TextRef | null = null;
  for (let k = 0; k < 2; k++) {
    const attached = readClause(lines, i, ATTACHED_RE);
    if (attached) {
      attachment = attached.ref;
      i = attached.next;
    }
    const replaces = readClause(lines, i, REPLACES_RE);
    if (replaces) {
      header.replaces = replaces.ref;
      i = replaces.next;
    }
  }
  const firstLine = lines[0] as Line;
  const lastDecisionLine = lines[cover.plan - 1] as Line;
  return {
    header,
    subjectLines: plan.subjectParts,
    next: i,
    coverDecision: {
      header: decision,
      attachment,
      legalBases: [],
      recipients: null,
      signature: null,
      span: { start: firstLine.start, end: lastDecisionLine.end },
    },
    decisionBody: { from: dec.next, to: cover.plan },
  };
}
