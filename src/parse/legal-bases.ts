// Splits the preamble's "Căn cứ …" / "Thực hiện …" sentences into one legal basis each.
import type { LegalBasis } from '../model/plan.js';
import type { Line } from './lines.js';
import { pattern } from '../text/pattern.js';

const LEAD_RE = pattern(String.raw`^(Căn\s+cứ|Thực\s+hiện|Triển\s+khai\s+thực\s+hiện|Triển\s+khai(?=\s+(?:các\s+)?(?:Kế\s+hoạch|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Luật|Nghị\s+định|Thông\s+tư|Kết\s+luận|Chương\s+trình|Công\s+văn|Văn\s+bản)(?![\p{L}\p{N}]))|Thi\s+hành)(?![\p{L}\p{N}])\s*`, 'u');
// A document type word that starts a further basis in a "; "-separated list.
const DOC_START_RE =
  pattern(String.raw`^(Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Công\s+văn|Văn\s+bản|Hướng\s+dẫn|Kết\s+luận|Quy\s+định|Chương\s+trình|Đề\s+án|Thông\s+báo|Chiến\s+lược)(?![\p{L}\p{N}])`, 'u');
// ", <Agency> xây dựng/ban hành Kế hoạch …": the enacting clause that closes a basis sentence.
const ENACTING_RE = pattern(String.raw`,\s+(?=(?:\p{Lu}[\p{L}&]*\s+){1,10}?(?:\p{L}+\s+){0,6}?(?:xây\s+dựng|ban\s+hành)\s+(?:Kế\s+hoạch|kế\s+hoạch))`, 'u');

function trimSegment(text: string, start: number): { text: string; start: number; end: number } | null {
  const lead = text.length - text.trimStart().length;
  const body = text.trim().replace(/[;,.]$/u, '').trimEnd();
  if (!body) return null;
  return { text: body, start: start + lead, end: start + lead + body.length };
}

/** Legal bases found in one preamble line; empty when the line is not a basis. */
export function basesOfLine(line: Line): LegalBasis[] {
  if (!LEAD_RE.test(line.text)) return [];
  const out: LegalBasis[] = [];
  // Split at "; " and at ". " before a capital: each piece is a basis or the enacting clause.
  const pieces: { text: string; start: number }[] = [];
  const splitRe = /;\s+|\.\s+(?=\p{Lu})/gu;
  let from = 0;
  for (let m = splitRe.exec(line.text); m; m = splitRe.exec(line.text)) {
    pieces.push({ text: line.text.slice(from, m.index), start: line.start + from });
    from = m.index + m[0].length;
  }
  pieces.push({ text: line.text.slice(from), start: line.start + from });
  let lead: string | null = null;
  for (const piece of pieces) {
    const leadMatch = LEAD_RE.exec(piece.text);
    let text = piece.text;
    if (leadMatch) lead = leadMatch[1]?.replace(/\s+/gu, ' ') ?? null;
    else if (!lead || !DOC_START_RE.test(text.trimStart())) break;
    const enacting = ENACTING_RE.exec(text);
    if (enacting) text = text.slice(0, enacting.index);
    const seg = trimSegment(text, piece.start);
    if (seg && lead) out.push({ lead, text: seg.text, span: { start: seg.start, end: seg.end } });
    if (enacting) break;
  }
  return out;
}
