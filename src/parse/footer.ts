// The closing block: recipients ("Nơi nhận:", items, "- Lưu: VT, …") and the signature block (authority prefix,
// title lines, signer). Real layouts put the two side by side (a Word table read left cell then right cell or the
// other way round, text columns on one line, `|`-separated cells in web renditions) or stacked, with wrapped lines
// and emphasis markup. The parser cuts the footer zone into segments and sorts each by what it says, not where it is.
import type { Recipients, Signature } from '../model/plan.js';
import type { TextRef } from '../model/span.js';
import { isAllCaps, type Line } from './lines.js';
import { pattern } from '../text/pattern.js';

export const RECIPIENTS_RE = /^Nơi\s+nhận\s*(?::|$|(?=\s*[-–+•]))/iu;
const ARCHIVE_RE = pattern(String.raw`^[-–+•]?\s*Lưu\s*(?::|\s+(?=VT|HS|VP)(?![\p{L}\p{N}]{3}))`, 'u');
const DASH_RE = /^[-–+•]\s*/u;
/** Authority prefix, including the slash and dotted variants ("T/M.", "T.M.", "K/T"). */
const AUTHORITY_RE = /^(T\s*\/\s*M|T\.\s*M|TM|K\s*\/\s*T|KT|Q|T\s*\/\s*L|TL|TUQ|T\.U\.Q)\s*\.?\s*(?=\p{Lu}{2})/u;
const AUTHORITY_PREFIX_RE = /^(?:T\s*\/\s*M|T\.\s*M|TM|K\s*\/\s*T|KT|Q|T\s*\/\s*L|TL|TUQ|T\.U\.Q)\s*\.?/u;
const OFFICE_WORDS =
  '(?:PHÓ\\s+)?(?:GIÁM\\s+ĐỐC|TỔNG\\s+GIÁM\\s+ĐỐC|CHỦ\\s+TỊCH|CHỦ\\s+NHIỆM|TRƯỞNG\\s+BAN|TRƯỞNG\\s+ĐOÀN|TỔ\\s+TRƯỞNG|CHÁNH\\s+VĂN\\s+PHÒNG|CHÁNH\\s+THANH\\s+TRA|CHÁNH\\s+ÁN|TRƯỞNG\\s+PHÒNG|BÍ\\s+THƯ|THỦ\\s+TRƯỞNG|TỔNG\\s+CỤC\\s+TRƯỞNG|CHI\\s+CỤC\\s+TRƯỞNG|CỤC\\s+TRƯỞNG|HIỆU\\s+TRƯỞNG|VIỆN\\s+TRƯỞNG|BỘ\\s+TRƯỞNG|THỨ\\s+TRƯỞNG|THỦ\\s+TƯỚNG|TRƯỞNG\\s+KHOA|TRƯỞNG\\s+TRẠM|TRƯỞNG\\s+CÔNG\\s+AN|CHỈ\\s+HUY\\s+TRƯỞNG)';
const OFFICE_RE = pattern(`^${OFFICE_WORDS}(?![\\p{L}\\p{N}])`, 'u');
/** Where an office title starts inside a run of capitals ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"). */
const OFFICE_INSIDE_RE = pattern(`\\s(?=${OFFICE_WORDS}(?![\\p{L}\\p{N}]))`, 'gu');
/** "(Đã ký)", "(Đã ký và đóng dấu)", "[đã ký]", "(Ký, đóng dấu)", "(Chữ ký, dấu)". */
const SEAL_RE = pattern(String.raw`^[([]?\s*(?:đã\s+ký|ký\s+tên|ký|chữ\s+ký|đóng\s+dấu|dấu)(?![\p{L}\p{N}])[^)\]]{0,40}[)\]]?$`, 'iu');
const SEAL_TAIL_RE = pattern(String.raw`\s*[([]\s*(?:đã\s+ký|ký|chữ\s+ký|đóng\s+dấu)(?![\p{L}\p{N}])[^)\]]{0,40}[)\]]\s*$`, 'iu');
const ACADEMIC_RE = /^(?:(?:GS|PGS|TS|ThS|TSKH|BS|KS|CN|NCS|Ths)\.\s*,?\s*)+/u;
/** A capitalised name word, also with an apostrophe or hyphen ("H'Hen", "Niê", "Kđăm"). */
const NAME_WORD_RE = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{M}]*)*\.?$/u;

export type Authority = NonNullable<Signature['authority']>;

/** A piece of a footer line: one cell of a side-by-side layout, one item of a joined list, one title line. */
export interface Segment {
  text: string;
  start: number;
  end: number;
}

/** Emphasis markup ("**", "*", "__") replaced by spaces, so offsets stay those of the line. */
function unmark(s: string): string {
  return s.replace(pattern(String.raw`\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])`, 'gu'), (m) => ' '.repeat(m.length));
}

function seg(text: string, base: number, from: number, to: number): Segment | null {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (!t) return null;
  return { text: t.replace(/\s+/gu, ' '), start: base + from + lead, end: base + from + lead + t.length };
}

/** Splits at cuts (positions where a new piece starts). */
function cutAt(s: Segment, source: string, cuts: number[]): Segment[] {
  if (cuts.length === 0) return [s];
  const out: Segment[] = [];
  let prev = 0;
  for (const c of [...cuts, source.length]) {
    const piece = seg(source, s.start, prev, c);
    if (piece) out.push(piece);
    prev = c;
  }
  return out;
}

/**
 * Cuts a footer line into segments: at `|` cell separators, tabs, line breaks and wide runs of spaces (text
 * columns), then before each list item of a joined list ("; - B;") and before each authority prefix or signer name
 * of a joined signature block ("- Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A").
 */
export function segmentsOf(line: Pick<Line, 'text' | 'start'>): Segment[] {
  const text = unmark(line.text);
  const cells: Segment[] = [];
  let from = 0;
  for (const m of text.matchAll(/\s*(?:\||\t|\n|\r| {3,})\s*/gu)) {
    const at = m.index ?? 0;
    const s = seg(text, line.start, from, at);
    if (s) cells.push(s);
    from = at + m[0].length;
  }
  const last = seg(text, line.start, from, text.length);
  if (last) cells.push(last);

  const out: Segment[] = [];
  for (const c of cells) {
    // The collapsed text may be shorter than the span; cut on the original slice instead.
    const orig = text.slice(c.start - line.start, c.end - line.start);
    const cuts: number[] = [];
    for (const m of orig.matchAll(pattern(String.raw`(?<=[;:,.)])\s+(?=[-–+•]\s*\p{L})`, 'gu'))) cuts.push((m.index ?? 0) + m[0].length);
    for (const m of orig.matchAll(/(?<=\S)\s+(?=Nơi\s+nhận\s*:)/gu)) cuts.push((m.index ?? 0) + m[0].length);
    for (const m of orig.matchAll(/(?<=\S)\s+(?=(?:T\/M|TM|KT|Q|TL|TUQ)\s*\.\s*\p{Lu}{2})/gu)) {
      // Only where capitals follow: an authority prefix opens a title line.
      cuts.push((m.index ?? 0) + m[0].length);
    }
    const pieces = cutAt(c, orig, [...new Set(cuts)].sort((a, b) => a - b));
    for (const p of pieces) out.push(...splitCapsRun(p, orig.slice(p.start - c.start, p.end - c.start)));
  }
  return out;
}

/**
 * A signature title run joined into one piece ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A"): the capitals become title
 * lines (a new one where an office title starts) and the words after them the signer. Other pieces are returned as is.
 */
function splitCapsRun(p: Segment, orig: string): Segment[] {
  if (!AUTHORITY_RE.test(p.text) && !OFFICE_RE.test(p.text)) return [p];
  const words = [...orig.matchAll(/\S+/gu)];
  let capsEnd = 0;
  for (const w of words) {
    if (!isAllCaps(w[0].replace(pattern(String.raw`[^\p{L}]`, 'gu'), '') || 'X')) break;
    capsEnd = (w.index ?? 0) + w[0].length;
  }
  const cuts: number[] = [];
  const caps = orig.slice(0, capsEnd);
  for (const m of caps.matchAll(OFFICE_INSIDE_RE)) {
    const at = (m.index ?? 0) + m[0].length;
    const before = caps.slice(0, at).trim();
    // Not right after the prefix ("KT. CHỦ TỊCH") nor inside a compound office ("PHÓ CHỦ TỊCH", "TỔNG GIÁM ĐỐC").
    if (before.replace(AUTHORITY_PREFIX_RE, '').trim() === '' || /(?:^|\s)(?:PHÓ|TỔNG|CHI)$/u.test(before)) continue;
    cuts.push(at);
  }
  if (capsEnd > 0 && capsEnd < orig.length && orig.slice(capsEnd).trim()) cuts.push(capsEnd);
  return cuts.length ? cutAt(p, orig, cuts) : [p];
}

/** The authority of a title line ("T/M." → TM), or null. */
export function authorityOf(text: string): Authority | null {
  const m = AUTHORITY_RE.exec(text.trim());
  if (!m) return null;
  const k = (m[1] ?? '').replace(/[\s./]/gu, '');
  if (k === 'TM' || k === 'KT' || k === 'Q' || k === 'TL' || k === 'TUQ') return k;
  return null;
}

/** True when a line (or one of its cells) opens a signature block: an authority prefix or an office title in capitals. */
export function isSignatureStart(t: string): boolean {
  return segmentsOf({ text: t, start: 0 }).some((s) => isTitleStart(s.text));
}

function isTitleStart(t: string): boolean {
  return t.length <= 80 && isAllCaps(t, 2) && (AUTHORITY_RE.test(t) || OFFICE_RE.test(t));
}

/** True when a line (or one of its cells) is the "Nơi nhận" heading. */
export function hasRecipientsHeading(t: string): boolean {
  // Fast path, every line of a long document is asked: a segment can only start "Nơi nhận" where the line has
  // "Nơi" and "nhận" apart by spaces or emphasis marks ("nhận" alone is a common word: "tiếp nhận", "công nhận").
  if (!/nơi[\s*_]+nhận/iu.test(t)) return false;
  return segmentsOf({ text: t, start: 0 }).some((s) => RECIPIENTS_RE.test(s.text));
}

function isCapsTitle(t: string): boolean {
  return t.length <= 80 && isAllCaps(t, 2) && !/[;]$/u.test(t);
}

/** A signer's name: 2–7 capitalised words, optionally after an academic title ("TS. Nguyễn Văn A"). */
export function isSignerName(t: string): boolean {
  const s = t.replace(SEAL_TAIL_RE, '').replace(ACADEMIC_RE, '').trim();
  if (s.length > 60 || isAllCaps(s, 1)) return false;
  const words = s.split(/\s+/u);
  return words.length >= 2 && words.length <= 7 && words.every((w) => NAME_WORD_RE.test(w));
}

/** Is a line part of a signature block (title, signer, seal note)? Used to find a signature standing above "Nơi nhận". */
export function isSignatureLine(t: string): boolean {
  const segs = segmentsOf({ text: t, start: 0 });
  return segs.length > 0 && segs.every((s) => isCapsTitle(s.text) || isSignerName(s.text) || SEAL_RE.test(s.text));
}

const ref = (s: Segment): TextRef => ({ text: s.text, span: { start: s.start, end: s.end } });
const join = (a: TextRef, s: Segment): TextRef => ({ text: `${a.text} ${s.text}`, span: { start: a.span.start, end: Math.max(a.span.end, s.end) } });

export interface Footer {
  recipients: Recipients | null;
  signature: Signature | null;
}

/**
 * Parses the footer zone lines[from, to): every segment is sorted into the recipients list or the signature block
 * by its content, so stacked, side-by-side (either cell first), column and joined layouts all read the same.
 */
export function parseFooter(lines: readonly Line[], from: number, to: number): Footer {
  let recipients: Recipients | null = null;
  const items: TextRef[] = [];
  let archive: TextRef | null = null;
  /** 'none' before the heading; 'open' while items follow; 'closed' after the list ended. */
  let rState: 'none' | 'open' | 'closed' = 'none';
  let dashed = false;

  const titles: TextRef[] = [];
  const titleSegs: Segment[] = [];
  let signer: TextRef | null = null;
  let sigEnd = -1;
  let sigDone = false;
  let officeSeen = false;

  const addItem = (s: Segment): void => {
    const text = s.text;
    if (ARCHIVE_RE.test(text)) {
      archive = ref(s);
      return;
    }
    if (DASH_RE.test(text)) dashed = true;
    items.push(ref(s));
  };

  for (let i = from; i < to; i++) {
    for (const s of segmentsOf(lines[i] as Line)) {
      const t = s.text;
      if (RECIPIENTS_RE.test(t) && rState === 'none') {
        rState = 'open';
        recipients = { heading: { start: s.start, end: s.start + (RECIPIENTS_RE.exec(t)?.[0].length ?? t.length) }, items: [], archive: null };
        const rest = t.replace(RECIPIENTS_RE, '').trim();
        if (rest) addItem({ text: rest, start: s.end - rest.length, end: s.end });
        continue;
      }
      // A dashed item or the filing line belongs to the list, even in capitals ("- VPUB: CVP, PCVP;").
      if (rState === 'open' && (DASH_RE.test(t) || ARCHIVE_RE.test(t))) {
        addItem(s);
        continue;
      }
      const sigOpen = titles.length > 0 && !sigDone;
      if (!sigDone && isTitleStart(t)) {
        titles.push(ref(s));
        titleSegs.push(s);
        if (OFFICE_RE.test(t) || authorityOf(t) !== 'TM') officeSeen = true;
        sigEnd = Math.max(sigEnd, s.end);
        continue;
      }
      const a = archive as TextRef | null;
      const archiveOpen = rState === 'open' && a !== null && !/\.$/u.test(a.text);
      if (sigOpen && isCapsTitle(t) && !(archiveOpen && /^[\p{Lu}\d&.,()/\s-]{1,30}$/u.test(t) && !/\s\p{Lu}{2,}\s\p{Lu}{2,}/u.test(t))) {
        // A wrapped collective name ("TM. ỦY BAN NHÂN" / "DÂN") continues the first title line.
        if (!officeSeen && titles.length === 1) titles[0] = join(titles[0] as TextRef, s);
        else titles.push(ref(s));
        titleSegs.push(s);
        sigEnd = Math.max(sigEnd, s.end);
        continue;
      }
      if (sigOpen && isSignerName(t)) {
        const name = t.replace(SEAL_TAIL_RE, '');
        signer = { text: name, span: { start: s.start, end: s.start + name.length } };
        sigEnd = Math.max(sigEnd, s.end);
        sigDone = true;
        continue;
      }
      if (SEAL_RE.test(t) && (sigOpen || sigDone)) continue;
      if (sigDone && (isCapsTitle(t) || isSignerName(t))) continue; // the signer's own office under the name
      if (rState !== 'open') continue;
      const lower = /^[\p{Ll}(]/u.test(t);
      const lastItem = items[items.length - 1];
      if (a !== null) {
        if (t.length <= 60 && (lower || archiveOpen)) archive = join(a, s);
        else rState = 'closed';
        continue;
      }
      if (lastItem && (lower || (dashed && t.length <= 120 && !/[;.]$/u.test(lastItem.text)))) {
        items[items.length - 1] = join(lastItem, s);
        continue;
      }
      // A list without dashes (a Markdown list read without its markers), or an item whose dash was lost.
      if ((!dashed && t.length <= 150 && !/\.\/\.$/u.test(t)) || (dashed && t.length <= 120 && /^\p{Lu}/u.test(t) && /[;,]$/u.test(t))) {
        addItem(s);
        continue;
      }
      rState = 'closed';
    }
  }
  if (recipients) {
    const r = recipients as Recipients;
    recipients = { heading: r.heading, items, archive };
  }
  let signature: Signature | null = null;
  if (titles.length > 0) {
    const first = titles[0] as TextRef;
    const start = Math.min(...titleSegs.map((s) => s.start), signer ? (signer as TextRef).span.start : Infinity);
    signature = {
      authority: authorityOf(first.text),
      titleLines: titles,
      signer,
      span: { start: Math.min(start, first.span.start), end: sigEnd },
    };
  }
  return { recipients, signature };
}

/**
 * Where the footer starts when a signature block stands right above "Nơi nhận" (a side-by-side table read right
 * cell first): the first signature title among the signature-like lines just before it, else `recipientsAt`.
 */
export function footerStart(lines: readonly Line[], recipientsAt: number, lowest: number): number {
  let start = recipientsAt;
  for (let i = recipientsAt - 1; i >= Math.max(lowest, recipientsAt - 10); i--) {
    const t = (lines[i] as Line).text;
    if (!isSignatureLine(t)) break;
    if (isSignatureStart(t)) start = i;
  }
  return start;
}
