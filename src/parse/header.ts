// Parses the header zone and the title block: agency, quốc hiệu, số ký hiệu, place and date, tên loại, trích yếu.
import type { DocumentNumber, Header, IssueDate } from '../model/plan.js';
import { isoOrNull } from '../text/calendar.js';
import { isAllCaps, type Line, subRef, toRef } from './lines.js';
import { parseMarker } from './markers.js';

// "HÒA" (Nghị định 30/2020) and the tone-mark variant "HOÀ" are both accepted.
const NATIONAL_NAME_RE = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
const MOTTO_RE = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu;
const NUMBER_LINE_RE = /^Số\s*:\s*/u;
// "Số: 09/KH-SDTTG", "Số: /KH-UBND", "Số: 128/2025/QĐ-UBND".
const NUMBER_RE = /^(\d{0,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?([\p{L}&]{1,12})?(?:\s*-\s*([\p{L}\p{N}&.\-]{1,40}))?/u;
// "Lạng Sơn, ngày 05 tháng 7 năm 2025" with day/month possibly left blank in drafts.
const DATE_LINE_RE =
  /^(?:([^,\d]{2,60}?)\s*,\s*)?ngày\s*(\d{1,2}|\.{2,}|…)?\s*tháng\s*(\d{1,2}|\.{2,}|…)?\s*năm\s*(\d{4})?/iu;
const TITLE_CAPS_RE = /^KẾ\s+HOẠCH(?![\p{L}\p{N}])\s*/u;
const TITLE_ANY_RE = /^Kế\s+hoạch(?![\p{L}\p{N}])\s*/u;
const REPLACES_RE = /^\(?\s*(Thay\s+thế|Thay thế)(?![\p{L}\p{N}])/iu;
const AGENCY_RE =
  /^(UBND|ỦY\s+BAN|UỶ\s+BAN|HĐND|HỘI\s+ĐỒNG|SỞ|BAN|BỘ|CỤC|TỔNG\s+CỤC|CHI\s+CỤC|VĂN\s+PHÒNG|PHÒNG|TRUNG\s+TÂM|TRƯỜNG|THANH\s+TRA|ĐẢNG|TỈNH\s+ỦY|THÀNH\s+ỦY|HUYỆN\s+ỦY|ĐOÀN|CÔNG\s+AN|BỘ\s+CHỈ\s+HUY|KHO\s+BẠC|CHI\s+NHÁNH|BẢO\s+HIỂM|ĐÀI|BỆNH\s+VIỆN)(?![\p{L}\p{N}])/u;
// Words that open a preamble sentence rather than continue the subject.
const PREAMBLE_LEAD_RE = /^(Căn\s+cứ|Thực\s+hiện|Nhằm|Theo|Để|Trên\s+cơ\s+sở|Ngày\s+\d|Triển\s+khai\s+thực\s+hiện\s+\p{Ll}+\s+số)/u;

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


/** Index of the title line ("KẾ HOẠCH …"), searching the first lines only. */
export function findTitle(lines: readonly Line[]): { index: number; caps: boolean } | null {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    if (TITLE_CAPS_RE.test((lines[i] as Line).text)) return { index: i, caps: true };
  }
  // Web renditions write the title in sentence case ("Kế hoạch cải cách hành chính … năm 2025").
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const t = (lines[i] as Line).text;
    if (TITLE_ANY_RE.test(t) && t.length < 200 && !/[.:;]$/u.test(t)) return { index: i, caps: false };
  }
  return null;
}

export function parseDocumentNumber(line: Line): DocumentNumber | null {
  const lead = NUMBER_LINE_RE.exec(line.text);
  if (!lead) return null;
  const value = line.text.slice(lead[0].length).trim();
  const m = NUMBER_RE.exec(value);
  const serial = m?.[1] ? m[1] : null;
  return {
    raw: line.text,
    number: serial,
    year: m?.[2] ? Number(m[2]) : null,
    typeCode: m?.[3] ?? null,
    issuerCode: m?.[4] ?? null,
    placeholder: serial === null,
    span: { start: line.start, end: line.end },
  };
}

export function parseIssueDate(line: Line): { place: Line | null; date: IssueDate } | null {
  const m = DATE_LINE_RE.exec(line.text);
  if (!m) return null;
  const placeText = (m[1] ?? '').trim();
  if (!placeText && !/^ngày\s*(\d|\.|…)/iu.test(line.text)) return null;
  const dayText = m[2] && /\d/u.test(m[2]) ? m[2] : null;
  const monthText = m[3] && /\d/u.test(m[3]) ? m[3] : null;
  const day = dayText ? Number(dayText) : null;
  const month = monthText ? Number(monthText) : null;
  const year = m[4] ? Number(m[4]) : null;
  const placeStart = line.text.indexOf(placeText);
  return {
    place: placeText ? { ...line, text: placeText, start: line.start + placeStart, end: line.start + placeStart + placeText.length } : null,
    date: {
      raw: (placeText ? line.text.slice(placeStart + placeText.length) : line.text).replace(/^\s*,\s*/u, '').trim(),
      day,
      month,
      year,
      iso: day !== null && month !== null && year !== null ? isoOrNull(year, month, day) : null,
      placeholder: day === null || month === null || year === null,
      dayText,
      monthText,
      span: { start: line.start, end: line.end },
    },
  };
}

/** Header fields from the lines before the title. */
function parseHeaderZone(zone: readonly Line[], header: Header): void {
  const agencies: Line[] = [];
  for (const line of zone) {
    const t = line.text;
    const nat = NATIONAL_NAME_RE.exec(t);
    if (nat) header.nationalName = subRef(line, nat.index, nat.index + nat[0].length);
    const motto = MOTTO_RE.exec(t);
    if (motto) header.motto = subRef(line, motto.index, motto.index + motto[0].length);
    if (nat || motto) continue;
    const num = parseDocumentNumber(line);
    if (num) {
      header.documentNumber = num;
      continue;
    }
    const date = parseIssueDate(line);
    if (date) {
      header.place = date.place ? toRef(date.place) : null;
      header.issueDate = date.date;
      continue;
    }
    if (isAllCaps(t) && AGENCY_RE.test(t) && t.length <= 150) agencies.push(line);
  }
  if (agencies.length >= 2) {
    header.parentBody = toRef(agencies[0] as Line);
    // A long agency name may wrap onto a third line: join the rest.
    const rest = agencies.slice(1);
    const first = rest[0] as Line;
    const last = rest[rest.length - 1] as Line;
    header.issuingBody = { text: rest.map((l) => l.text).join(' '), span: { start: first.start, end: last.end } };
  } else if (agencies.length === 1) {
    header.issuingBody = toRef(agencies[0] as Line);
  }
}

export interface TitleBlock {
  header: Header;
  /** The subject's lines as found (the subject text is them joined by spaces). */
  subjectLines: { text: string; start: number }[];
  /** Index of the first line after the title, subject and replaces clause. */
  next: number;
}

/**
 * Parses everything up to the end of the trích yếu. `lines` are the document's lines from the start;
 * returns the header and where the preamble starts.
 */
export function parseHeader(lines: readonly Line[]): TitleBlock {
  const header = emptyHeader();
  const title = findTitle(lines);
  if (!title) {
    parseHeaderZone(lines.slice(0, Math.min(lines.length, 8)).filter((l) => !parseMarker(l.text)), header);
    return { header, subjectLines: [], next: 0 };
  }
  parseHeaderZone(lines.slice(0, title.index), header);
  const titleLine = lines[title.index] as Line;
  const lead = (title.caps ? TITLE_CAPS_RE : TITLE_ANY_RE).exec(titleLine.text);
  const typeLen = lead ? lead[0].trimEnd().length : 0;
  header.documentType = subRef(titleLine, 0, typeLen);
  const subjectParts: { text: string; start: number; end: number }[] = [];
  const rest = subRef(titleLine, typeLen);
  if (rest.text) subjectParts.push({ text: rest.text, start: rest.span.start, end: rest.span.end });
  let i = title.index + 1;
  // Subject lines follow the title until the preamble, a section or the replaces clause (at most 3 lines).
  while (!rest.text && i < lines.length && subjectParts.length < 3) {
    const line = lines[i] as Line;
    const t = line.text;
    if (REPLACES_RE.test(t) || PREAMBLE_LEAD_RE.test(t) || parseMarker(t) || t.length > 250 || /[:;]$/u.test(t)) break;
    if (subjectParts.length > 0 && /[.]$/u.test(t) && t.length > 120) break;
    subjectParts.push({ text: t, start: line.start, end: line.end });
    i++;
  }
  if (subjectParts.length > 0) {
    const first = subjectParts[0] as { start: number };
    const last = subjectParts[subjectParts.length - 1] as { end: number };
    header.subject = { text: subjectParts.map((p) => p.text).join(' '), span: { start: first.start, end: last.end } };
  }
  if (i < lines.length && REPLACES_RE.test((lines[i] as Line).text)) {
    const first = lines[i] as Line;
    let last = first;
    const parts = [first.text];
    while (!last.text.includes(')') && i + 1 < lines.length && parts.length < 4) {
      i++;
      last = lines[i] as Line;
      parts.push(last.text);
    }
    header.replaces = { text: parts.join(' '), span: { start: first.start, end: last.end } };
    i++;
  }
  return { header, subjectLines: subjectParts, next: i };
}
