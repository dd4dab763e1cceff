// Fonts without any Unicode map (`--ocr`): learning which character each glyph code stands for from the page images.
//
// Word exports a subset TrueType font as a composite (Identity-H) font and, for some fonts, writes no /ToUnicode
// map; the font program has no cmap either. pdfjs then hands out the glyph ids themselves as text ("h" is glyph 75,
// read as "K"; "ể" read as "Ӈ"). Within one font each glyph code stands for one character: a substitution cipher.
// The positions and the layout of such text are exact — only the letters are unknown. So the page is recognised by
// OCR (ocr.ts, word boxes), each word of the text layer is paired with the OCR word at the same place, and where
// both have the same number of characters every glyph code votes for the OCR character at its position. Votes are
// summed over the whole document per font; a code takes its majority character when enough words agree (OCR's
// occasional misreadings are outvoted), two codes of a font never take the same character, and a code without a
// clear majority takes the OCR word's letter in the one word it is in — or stays undecided (U+FFFD), never guessed.
import type { OcrWordBox } from '../ocr.js';
import type { PdfDoc, PdfTextItem, PdfViewport } from './pdfjs.js';

/** One glyph of a text-layer word: where it is (item, index in the item's string) and its code, or its character. */
export interface GlyphSlot {
  item: number;
  index: number;
  /** The font id when the glyph is a code of a font being decoded; null for text already in Unicode. */
  font: string | null;
  ch: string;
}

/** A word of the text layer: glyphs between spaces or gaps, with its box (points from the page's top-left corner). */
export interface TextWord {
  glyphs: GlyphSlot[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** The space character that ended the word, when one did (not a gap between items). */
  gapAfter?: { item: number; index: number };
}

/**
 * Whether a pdfjs font object is a composite font read through an identity "Unicode" map: without /ToUnicode, an
 * Identity-H font's text is its CIDs (glyph ids), and pdfjs maps each code to itself (IdentityToUnicodeMap, here
 * as the plain object commonObjs holds: firstChar and lastChar, no map).
 */
export function isUnmappedFont(obj: unknown): boolean {
  const f = obj as { composite?: unknown; toUnicode?: { _map?: unknown; firstChar?: unknown; lastChar?: unknown } } | undefined;
  if (f?.composite !== true || !f.toUnicode || typeof f.toUnicode !== 'object') return false;
  const tu = f.toUnicode;
  if (typeof tu.firstChar === 'number' && typeof tu.lastChar === 'number' && tu._map === undefined) return true;
  const map = tu._map;
  return Boolean(map && typeof map === 'object' && Object.values(map as Record<string, unknown>).every((v) => v === undefined || v === null || v === ''));
}

/**
 * The words of a page's text items. A word ends at a space (for the fonts being decoded only U+0020, which pdfjs
 * inserts for spacing: their other low codes are glyph ids), at a gap wider than 0.15 em, or at a new baseline.
 */
export function textWords(items: readonly PdfTextItem[], viewport: Pick<PdfViewport, 'convertToViewportPoint'>, unmapped: (font: string) => boolean): TextWord[] {
  const words: TextWord[] = [];
  let cur: (TextWord & { baseline: number; endX: number; size: number }) | null = null;
  const flush = (): void => {
    const c = cur as (TextWord & { baseline: number }) | null;
    if (c?.glyphs.length) words.push({ glyphs: c.glyphs, x0: c.x0, x1: c.x1, y0: c.y0, y1: c.y1, ...(c.gapAfter ? { gapAfter: c.gapAfter } : {}) });
    cur = null;
  };
  items.forEach((it, i) => {
    if (typeof it.str !== 'string' || !it.transform || it.str === '') return;
    const t = it.transform;
    const size = Math.hypot(t[0] ?? 0, t[1] ?? 0) || Math.abs(t[3] ?? 0) || 1;
    const [px, py] = viewport.convertToViewportPoint(t[4] ?? 0, t[5] ?? 0);
    const x = px ?? 0;
    const y = py ?? 0;
    const font = it.fontName && unmapped(it.fontName) ? it.fontName : null;
    const per = (it.width ?? 0) / it.str.length;
    const c = cur as (TextWord & { baseline: number; endX: number; size: number }) | null;
    if (c && !(Math.abs(y - c.baseline) <= 0.2 * size && Math.abs(x - c.endX) <= 0.15 * size)) flush();
    for (let k = 0; k < it.str.length; k++) {
      const ch = it.str[k] as string;
      if (ch === ' ' || (font === null && /\s/u.test(ch))) {
        if (cur && ch === ' ') (cur as TextWord).gapAfter = { item: i, index: k };
        flush();
        continue;
      }
      const cx = x + k * per;
      cur ??= { glyphs: [], x0: cx, x1: cx, y0: y - 0.85 * size, y1: y + 0.25 * size, baseline: y, endX: x, size };
      cur.glyphs.push({ item: i, index: k, font, ch });
      cur.x1 = cx + per;
    }
    if (cur) (cur as { endX: number }).endX = x + (it.width ?? 0);
  });
  flush();
  return words;
}

/** Share of the wider of the two boxes that they have in common horizontally. */
function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  const common = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const span = Math.max(a.x1, b.x1) - Math.min(a.x0, b.x0);
  return common > 0 && span > 0 ? common / span : 0;
}

/** Minimum horizontal overlap (of the union) for a text-layer word and an OCR word to be the same word. */
const MIN_OVERLAP = 0.6;

/**
 * The OCR word standing where a text-layer word stands: its vertical middle within the word's line box, the two
 * overlapping by at least 60 % of their union. Undefined when none does.
 */
export function ocrWordAt(word: TextWord, ocr: readonly OcrWordBox[]): OcrWordBox | undefined {
  let best: OcrWordBox | undefined;
  let bestScore = MIN_OVERLAP;
  for (const o of ocr) {
    const mid = (o.y0 + o.y1) / 2;
    if (mid < word.y0 || mid > word.y1) continue;
    const s = overlap(word, o);
    if (s >= bestScore) {
      best = o;
      bestScore = s;
    }
  }
  return best;
}

/** The characters of an OCR word (NFC code points) when it has as many as the text-layer word has glyphs. */
function sameLength(word: TextWord, o: OcrWordBox): string[] | undefined {
  const chars = [...o.text.normalize('NFC')];
  return chars.length === word.glyphs.length ? chars : undefined;
}

export interface LearnOptions {
  /** Votes a code needs for its majority character (default 2). */
  minVotes?: number;
  /** Share of a code's votes its majority character needs (default 0.6). */
  minShare?: number;
}

/** The learned map: per font id, code → character. */
export interface GlyphMap {
  fonts: Map<string, Map<string, string>>;
  /** Per font, codes whose votes split between letters OCR confuses: never taken from a single OCR word either. */
  ambiguous: Map<string, Set<string>>;
  /** Codes seen in the text layer of the decoded fonts, and how many of them were learned. */
  codes: number;
  learned: number;
  /** Mean share of the votes the learned characters had (0–1). */
  support: number;
}

/** Votes code → character, per font, summed over a document. */
export class GlyphVotes {
  private readonly votes = new Map<string, Map<string, Map<string, number>>>();
  private readonly seen = new Map<string, Set<string>>();
  /** Words paired with an OCR word of the same length (the votes came from these). */
  paired = 0;

  /** Adds a page: its text-layer words and the OCR words recognised on its image. */
  addPage(words: readonly TextWord[], ocr: readonly OcrWordBox[]): void {
    for (const w of words) {
      const coded = w.glyphs.filter((g) => g.font !== null);
      if (coded.length === 0) continue;
      for (const g of coded) this.seenSet(g.font as string).add(g.ch);
      const o = ocrWordAt(w, ocr);
      const chars = o ? sameLength(w, o) : undefined;
      if (!chars) continue;
      // Letters already in Unicode must agree with OCR (case aside) for most of them: otherwise the pairing is wrong.
      const known = w.glyphs.map((g, k) => [g, chars[k] as string] as const).filter(([g]) => g.font === null);
      const disagree = known.filter(([g, c]) => g.ch.toLowerCase() !== c.toLowerCase()).length;
      if (known.length && disagree * 2 > known.length) continue;
      this.paired++;
      w.glyphs.forEach((g, k) => {
        if (g.font !== null) this.vote(g.font, g.ch, chars[k] as string);
      });
    }
  }

  private seenSet(font: string): Set<string> {
    let s = this.seen.get(font);
    if (!s) this.seen.set(font, (s = new Set()));
    return s;
  }

  private vote(font: string, code: string, ch: string): void {
    let byCode = this.votes.get(font);
    if (!byCode) this.votes.set(font, (byCode = new Map()));
    let byChar = byCode.get(code);
    if (!byChar) byCode.set(code, (byChar = new Map()));
    byChar.set(ch, (byChar.get(ch) ?? 0) + 1);
  }

  /**
   * Per font and code, the majority character: one with `minVotes` votes, `minShare` of the code's votes and two
   * more than the runner-up. Codes are assigned strongest first, and a character a stronger code of the same font
   * already took is not given to a second one: its votes are set aside and the code's majority is taken among the
   * rest. Fonts whose first choices agree (bold, italic and regular cuts of one typeface often number their glyphs
   * alike) are learned together, so that a code rare in one of them is decided by the votes of all.
   */
  learn(options: LearnOptions = {}): GlyphMap {
    // Each font's first choice per code, to compare fonts.
    const top = new Map<string, Map<string, string>>();
    for (const font of this.seen.keys()) {
      const m = new Map<string, string>();
      for (const [code, byChar] of this.votes.get(font) ?? []) m.set(code, [...byChar].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '');
      top.set(font, m);
    }
    // Group fonts whose first choices agree on at least 5 common codes, with at most one in ten differing.
    const group = new Map<string, string>([...top.keys()].map((f) => [f, f]));
    const root = (f: string): string => (group.get(f) === f ? f : root(group.get(f) as string));
    const fonts = [...top.keys()];
    for (let i = 0; i < fonts.length; i++) {
      for (let j = i + 1; j < fonts.length; j++) {
        const a = top.get(fonts[i] as string) as Map<string, string>;
        const b = top.get(fonts[j] as string) as Map<string, string>;
        let same = 0;
        let differ = 0;
        for (const [code, ch] of a) {
          const other = b.get(code);
          if (other === undefined) continue;
          if (other === ch) same++;
          else differ++;
        }
        if (same >= 5 && differ * 10 <= same && root(fonts[j] as string) !== root(fonts[i] as string)) group.set(root(fonts[j] as string), root(fonts[i] as string));
      }
    }
    const merged = new Map<string, Map<string, Map<string, number>>>();
    for (const font of fonts) {
      const into = merged.get(root(font)) ?? new Map<string, Map<string, number>>();
      merged.set(root(font), into);
      for (const [code, byChar] of this.votes.get(font) ?? []) {
        const m = into.get(code) ?? new Map<string, number>();
        into.set(code, m);
        for (const [ch, n] of byChar) m.set(ch, (m.get(ch) ?? 0) + n);
      }
    }
    const seenBy = new Map<string, Set<string>>();
    for (const [font, codes] of this.seen) {
      const into = seenBy.get(root(font)) ?? new Set<string>();
      seenBy.set(root(font), into);
      for (const c of codes) into.add(c);
    }
    const byGroup = new Map([...merged].map(([g, votes]) => [g, assign(votes, options, seenBy.get(g) ?? new Set())]));
    const out = new Map<string, Map<string, string>>();
    const ambiguous = new Map<string, Set<string>>();
    let codes = 0;
    let learned = 0;
    let shares = 0;
    for (const [font, seen] of this.seen) {
      const { map, share, ambiguous: amb } = byGroup.get(root(font)) as ReturnType<typeof assign>;
      ambiguous.set(font, new Set([...seen].filter((c) => amb.has(c))));
      const own = new Map<string, string>();
      for (const code of seen) {
        const ch = map.get(code);
        if (ch === undefined) continue;
        own.set(code, ch);
        learned++;
        shares += share.get(code) ?? 0;
      }
      codes += seen.size;
      out.set(font, own);
    }
    return { fonts: out, ambiguous, codes, learned, support: learned ? shares / learned : 0 };
  }
}

/**
 * The assignment of one font's (or group's) votes (see GlyphVotes.learn): majorities strongest first, then the
 * glyph-order check, then once more the majorities of the codes still open (a character the check moved a code away
 * from is free again).
 */
function assign(votes: ReadonlyMap<string, ReadonlyMap<string, number>>, options: LearnOptions, seen: ReadonlySet<string> = new Set()): { map: Map<string, string>; share: Map<string, number>; ambiguous: Set<string> } {
  const map = new Map<string, string>();
  const share = new Map<string, number>();
  const ambiguous = new Set<string>();
  majorities(votes, map, share, options, ambiguous);
  byGlyphOrder(votes, map, share, seen);
  majorities(votes, map, share, options, ambiguous);
  for (const code of map.keys()) ambiguous.delete(code);
  return { map, share, ambiguous };
}

/**
 * OCR loses tone and vowel marks far more often than it adds them: a majority character with a rival of the same
 * letter carrying more marks ("ô" against "ổ") in a fifth of the votes or more is no majority.
 */
function lostMarks(ch: string, ranked: readonly (readonly [string, number])[], total: number): boolean {
  const marks = (c: string): number => c.normalize('NFD').length;
  return ranked.some(([c, n]) => c !== ch && baseLetter(c) === baseLetter(ch) && marks(c) > marks(ch) && n >= 0.2 * total);
}

function majorities(votes: ReadonlyMap<string, ReadonlyMap<string, number>>, map: Map<string, string>, share: Map<string, number>, options: LearnOptions, ambiguous: Set<string>): void {
  const minVotes = options.minVotes ?? 2;
  const minShare = options.minShare ?? 0.6;
  const taken = new Set(map.values());
  for (;;) {
    let best: { code: string; ch: string; n: number; share: number } | undefined;
    for (const [code, byChar] of votes) {
      if (map.has(code)) continue;
      const free = [...byChar].filter(([ch]) => !taken.has(ch)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const total = free.reduce((t, [, n]) => t + n, 0);
      const [ch, n] = free[0] ?? ['', 0];
      const margin = n - (free[1]?.[1] ?? 0);
      if (n < minVotes || n / total < minShare || margin < 2) continue;
      if (lostMarks(ch, free, total)) {
        ambiguous.add(code);
        continue;
      }
      if (!best || n > best.n || (n === best.n && code < best.code)) best = { code, ch, n, share: n / total };
    }
    if (!best) break;
    map.set(best.code, best.ch);
    share.set(best.code, best.share);
    taken.add(best.ch);
  }
}

/** A character without its tone and vowel marks, in lower case ("Ể" → "e"). */
const baseLetter = (ch: string): string => ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Nearest codes on each side of a code for the glyph-order check. */
const NEIGHBOUR = 3;

/**
 * Glyph order: fonts keep runs of glyphs in Unicode order (Times New Roman's Vietnamese letters, its ASCII), so a
 * run of codes maps to a run of characters at one offset. OCR's one systematic error is a lost or changed tone
 * mark ("nổ" read as "nô" nine times in ten, at full confidence): a code whose nearest learned neighbours on both
 * sides (within three codes) share one offset takes the character at that offset when it is the same letter as
 * OCR's first choice for it, marks aside — and only when no other code holds that character.
 */
function byGlyphOrder(votes: ReadonlyMap<string, ReadonlyMap<string, number>>, map: Map<string, string>, share: Map<string, number>, seen: ReadonlySet<string>): void {
  const offsetAt = new Map<number, number>();
  for (const [code, ch] of map) {
    if (code.length === 1 && [...ch].length === 1) offsetAt.set(code.charCodeAt(0), (ch.codePointAt(0) as number) - code.charCodeAt(0));
  }
  const changes: [string, string][] = [];
  // A code OCR never paired (its only word misread or merged) takes the character at the offset its two immediate
  // neighbours share, when that is a letter or a digit.
  for (const code of seen) {
    if (code.length !== 1 || map.has(code) || votes.has(code)) continue;
    const c = code.charCodeAt(0);
    const below = offsetAt.get(c - 1);
    if (below === undefined || below !== offsetAt.get(c + 1)) continue;
    const implied = String.fromCodePoint(c + below);
    if (/[\p{L}\p{Nd}]/u.test(implied)) changes.push([code, implied]);
  }
  for (const [code, byChar] of votes) {
    if (code.length !== 1) continue;
    const c = code.charCodeAt(0);
    let below: number | undefined;
    let above: number | undefined;
    for (let k = 1; k <= NEIGHBOUR && (below === undefined || above === undefined); k++) {
      below ??= offsetAt.get(c - k);
      above ??= offsetAt.get(c + k);
    }
    if (below === undefined || below !== above) continue;
    const implied = String.fromCodePoint(c + below);
    if (map.get(code) === implied) continue;
    const first = [...byChar].sort((x, y) => y[1] - x[1])[0]?.[0];
    if (first === undefined || baseLetter(first) !== baseLetter(implied) || !/\p{L}/u.test(implied)) continue;
    changes.push([code, implied]);
  }
  const held = new Set(map.values());
  for (const [code, ch] of changes) {
    const old = map.get(code);
    if (held.has(ch) && old !== ch) {
      // Another code holds it: only a code that itself moves away frees it.
      const holder = [...map].find(([, v]) => v === ch)?.[0];
      if (!holder || !changes.some(([c2]) => c2 === holder)) continue;
    }
    map.set(code, ch);
    const total = [...(votes.get(code) ?? new Map<string, number>()).values()].reduce((t, n) => t + n, 0);
    share.set(code, total ? ((votes.get(code) as ReadonlyMap<string, number>).get(ch) ?? 0) / total : 0);
    held.add(ch);
  }
}

/** What decoding a page did: glyphs decoded by the learned map, taken from the OCR word, left undecided. */
export interface DecodeCounts {
  mapped: number;
  fromOcr: number;
  undecided: number;
  /** Punctuation restored from OCR where pdfjs read a glyph as a space (see restorePunctuation). */
  restored: number;
}

/** Stands for a glyph whose character is not known: not a letter, so no rule reads a word out of it. */
export const UNDECIDED = '\uFFFD';

/**
 * Rewrites the strings of a page's items drawn in decoded fonts: each code through the learned map; a code the map
 * lacks from the OCR word at the same place when it has as many characters, else U+FFFD.
 */
export function decodePage(items: PdfTextItem[], words: readonly TextWord[], ocr: readonly OcrWordBox[], map: GlyphMap): DecodeCounts {
  const counts: DecodeCounts = { mapped: 0, fromOcr: 0, undecided: 0, restored: 0 };
  const out = new Map<number, string[]>();
  const put = (g: GlyphSlot, ch: string): void => {
    let arr = out.get(g.item);
    if (!arr) out.set(g.item, (arr = (items[g.item]?.str ?? '').split('')));
    arr[g.index] = ch;
  };
  for (const w of words) {
    let chars: string[] | undefined | null = null;
    for (const [k, g] of w.glyphs.entries()) {
      if (g.font === null) continue;
      const ch = map.fonts.get(g.font)?.get(g.ch);
      if (ch !== undefined) {
        counts.mapped++;
        put(g, ch);
        continue;
      }
      if (chars === null) {
        const o = ocrWordAt(w, ocr);
        chars = o ? sameLength(w, o) : undefined;
      }
      const fallback = map.ambiguous.get(g.font)?.has(g.ch) ? undefined : chars?.[k];
      if (fallback !== undefined) counts.fromOcr++;
      else counts.undecided++;
      put(g, fallback ?? UNDECIDED);
    }
  }
  counts.restored = restorePunctuation(items, words, ocr, out);
  for (const [i, arr] of out) {
    const it = items[i];
    // Built from code units: a code unit per glyph of a composite font with 2-byte codes.
    if (it) it.str = arr.join('');
  }
  return counts;
}

/** What learning from a document's OCR found, and what decoding its pages will do (counted on a dry run). */
export interface GlyphLearning {
  map: GlyphMap;
  counts: DecodeCounts;
  /** Words of the text layer paired with an OCR word of the same length. */
  paired: number;
}

/**
 * Learns the glyph map of a document's unmapped fonts from the OCR words of its pages (first pass over the pages:
 * text items and font objects only), and counts what decoding would do. Undefined when no page has such a font.
 */
export async function learnGlyphMap(doc: PdfDoc, ocr: ReadonlyMap<number, readonly OcrWordBox[]>): Promise<GlyphLearning | undefined> {
  const votes = new GlyphVotes();
  const pages: { items: PdfTextItem[]; words: TextWord[]; boxes: readonly OcrWordBox[] }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const boxes = ocr.get(n);
    if (!boxes) continue;
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    // The operator list puts the page's fonts into commonObjs.
    await page.getOperatorList();
    const known = new Map<string, boolean>();
    const unmapped = (id: string): boolean => {
      let u = known.get(id);
      if (u === undefined) {
        try {
          u = page.commonObjs.has(id) && isUnmappedFont(page.commonObjs.get(id));
        } catch {
          u = false;
        }
        known.set(id, u);
      }
      return u;
    };
    const words = textWords(content.items, page.getViewport({ scale: 1 }), unmapped);
    votes.addPage(words, boxes);
    pages.push({ items: content.items, words, boxes });
    page.cleanup();
  }
  const map = votes.learn();
  if (map.fonts.size === 0) return undefined;
  const counts: DecodeCounts = { mapped: 0, fromOcr: 0, undecided: 0, restored: 0 };
  for (const p of pages) {
    const c = decodePage(p.items, p.words, p.boxes, map);
    counts.mapped += c.mapped;
    counts.fromOcr += c.fromOcr;
    counts.undecided += c.undecided;
    counts.restored += c.restored;
  }
  return { map, counts, paired: votes.paired };
}

/**
 * Punctuation whose glyph id pdfjs takes for a character it then drops: a code equal to a white-space code point
 * (Times New Roman's "&", "'", "(", ")", "*" are glyphs 9–13, U+0009–U+000D) is read as a space. OCR reads these
 * marks reliably, so where an OCR word is the text-layer words it covers with such marks in the spaces between them,
 * before the first or after the last ("(VLNCN);" over "VLNCN" " " ";"), the spaces are given the marks back.
 */
const LOST_MARKS = new Set([...'()&*\'']);

function restorePunctuation(items: readonly PdfTextItem[], words: readonly TextWord[], ocr: readonly OcrWordBox[], out: Map<number, string[]>): number {
  const strOf = (w: TextWord): string[] => w.glyphs.map((g) => out.get(g.item)?.[g.index] ?? g.ch);
  const arrOf = (item: number): string[] => {
    let arr = out.get(item);
    if (!arr) out.set(item, (arr = (items[item]?.str ?? '').split('')));
    return arr;
  };
  let restored = 0;
  for (const o of ocr) {
    const chars = [...o.text.normalize('NFC')];
    if (!chars.some((c) => LOST_MARKS.has(c))) continue;
    const mid = (o.y0 + o.y1) / 2;
    // The text-layer words under the OCR word: consecutive in reading order, on its line.
    const idx = words.map((w, k) => [w, k] as const).filter(([w]) => mid >= w.y0 && mid <= w.y1 && Math.min(w.x1, o.x1) - Math.max(w.x0, o.x0) > 0.5 * Math.min(w.x1 - w.x0, o.x1 - o.x0));
    if (idx.length === 0) continue;
    const run = idx.map(([w]) => w);
    const first = idx[0]?.[1] as number;
    if (idx.some(([, k], j) => k !== first + j)) continue;
    const prev = words[first - 1];
    const before = prev && Math.abs((prev.y0 + prev.y1) / 2 - (run[0] as TextWord).y0 - ((run[0] as TextWord).y1 - (run[0] as TextWord).y0) / 2) < 1 ? prev.gapAfter : undefined;
    const texts = run.map(strOf);
    let done = false;
    for (const lead of before ? [0, 1] : [0]) {
      for (const trail of run[run.length - 1]?.gapAfter ? [0, 1] : [0]) {
        if (done) continue;
        const inner = run.length - 1;
        if (chars.length !== lead + texts.reduce((n, t) => n + t.length, 0) + inner + trail) continue;
        // Walk the OCR characters: marks where the spaces are, the words' own characters elsewhere.
        const marks: { slot: { item: number; index: number }; ch: string; where: 'lead' | 'gap' | 'trail' }[] = [];
        let p = 0;
        let same = 0;
        let total = 0;
        if (lead) marks.push({ slot: before as { item: number; index: number }, ch: chars[p++] as string, where: 'lead' });
        run.forEach((w, j) => {
          for (const c of texts[j] as string[]) {
            total++;
            if ((chars[p++] as string).toLowerCase() === c.toLowerCase()) same++;
          }
          if (j < inner) marks.push({ slot: w.gapAfter as { item: number; index: number }, ch: chars[p++] as string, where: 'gap' });
        });
        if (trail) marks.push({ slot: run[run.length - 1]?.gapAfter as { item: number; index: number }, ch: chars[p++] as string, where: 'trail' });
        if (marks.length === 0 || marks.some((m) => !m.slot || !LOST_MARKS.has(m.ch)) || same < 0.8 * total) continue;
        for (const m of marks) {
          const arr = arrOf(m.slot.item);
          if (arr[m.slot.index] !== ' ') continue;
          // A mark before a word keeps the space before it; one after keeps the space after it unless the line ends.
          const lineEnds = m.where === 'trail' && !words.some((w) => w !== run[run.length - 1] && w.x0 > (run[run.length - 1] as TextWord).x1 && Math.abs(w.y0 - (run[0] as TextWord).y0) < 1);
          arr[m.slot.index] = m.where === 'lead' ? ` ${m.ch}` : m.where === 'trail' && !lineEnds ? `${m.ch} ` : m.ch;
          restored++;
        }
        done = true;
      }
    }
  }
  return restored;
}
