// Fonts without a usable Unicode map: text drawn in a legacy Vietnamese font (TCVN3 ".Vn…", VNI "VNI-…", or TCVN3
// byte codes under another name) converted with the Word path's tables, and 8-bit codes pdfjs read in the wrong
// code page put back.
//
// What pdfjs does (pdfjs-dist 5.x, src/core/evaluator.js buildToUnicode / fonts.js): with no /ToUnicode stream, a
// simple font's text is mapped through its /Encoding, and a *symbolic* TrueType font without /Encoding (what Word
// writes for a subset font flagged symbolic, and for every ".VnTime"-style font) through Mac Roman. Word itself
// writes such codes as Windows-1252 (pdftotext and Acrobat read them so), so "Lào Cai" comes out as "L‡o Cai" and
// TCVN3's "µ" (à) as "µ" or "Ĩ"-like garbage. Loaded with `fontExtraProperties`, pdfjs hands each font's
// `defaultEncoding`, `isSymbolicFont`, `composite` and `toUnicode` map to the page's commonObjs, which is what is
// read here. Composite (Identity-H) fonts without /ToUnicode carry glyph ids, which no table here can map back:
// they are left alone and the garbled-text check reports them.
import { convertLegacyText, legacyBytes, legacyEncodingOfFont, type LegacyEncoding, type TcvnDecoder } from '../legacy-fonts.js';
import type { LoadWarning } from '../types.js';

/** The members of a pdfjs font object read here (present when the document is loaded with fontExtraProperties). */
interface PdfFontObject {
  name?: unknown;
  composite?: unknown;
  isSymbolicFont?: unknown;
  defaultEncoding?: unknown;
  toUnicode?: unknown;
}

/** How the text of one font is turned back into what its author typed. */
type Recode =
  | { kind: 'none' }
  | { kind: 'cp1252'; from: 'mac' }
  | { kind: 'legacy'; enc: LegacyEncoding; from: 'mac' | 'win'; font: string };

const VIETNAMESE_RE = /[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/u;
const HIGH_RE = /[\u0080-\uffff]/gu;
const SYMBOL_FONT_RE = /symbol|dings|webdings|marlett|mt\s*extra/i;

// Characters outside ASCII that Unicode Vietnamese text commonly holds besides its letters.
const COMMON_PUNCT = new Set([...'“”‘’–—…•°§×±«»€\u00a0\u00ad²³¹']);

/** Whether a string holds a character outside ASCII that is neither a Vietnamese letter nor common punctuation. */
export function suspicious(s: string): boolean {
  for (const ch of s.match(HIGH_RE) ?? []) if (!VIETNAMESE_RE.test(ch) && !COMMON_PUNCT.has(ch)) return true;
  return false;
}

/** Vietnamese letters minus every other character outside ASCII: higher reads more like Vietnamese. */
export function vietnameseScore(s: string): number {
  let n = 0;
  for (const ch of s.match(HIGH_RE) ?? []) n += VIETNAMESE_RE.test(ch) ? 1 : -1;
  return n;
}

/** Share of the characters outside ASCII that are not letters. */
function symbolShare(s: string): number {
  const high = s.match(HIGH_RE) ?? [];
  return high.length ? high.filter((c) => !/\p{L}/u.test(c)).length / high.length : 0;
}

/** The font name without its subset tag ("KERPTY+TimesNewRomanPSMT" → "TimesNewRomanPSMT"). */
export function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/u, '');
}

// Mac Roman and Windows-1252, upper halves (0x80–0xFF), as pdfjs decodes them.
const MAC_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªº\u2126æø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄¤‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';
const WIN_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ';
const MAC_BYTE = new Map<string, number>([...[...MAC_HIGH].map((c, i): [string, number] => [c, 0x80 + i]), ['\u03a9', 0xbd], ['€', 0xdb], ['\u00a0', 0xca]]);

/** Bytes from text pdfjs decoded through Mac Roman; undefined when a character is not Mac Roman. */
function macBytes(s: string): number[] | undefined {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      const b = MAC_BYTE.get(ch);
      if (b === undefined) return undefined;
      out.push(b);
    }
  }
  return out;
}

function cp1252(bytes: readonly number[]): string {
  let s = '';
  for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : (WIN_HIGH[b - 0x80] as string);
  return s;
}

function latin1(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] as number);
  return s;
}

// Codes where pdfjs's WinAnsiEncoding differs from Windows-1252 (a bullet for the five unassigned codes, space and
// hyphen for no-break space and soft hyphen): not compared.
const PDFJS_WIN_VARIANTS = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xa0, 0xad]);

/**
 * Which 8-bit table pdfjs built a simple font's Unicode map from, when the PDF gave it none: 'mac' when every high
 * code maps to its Mac Roman character, 'win' for Windows-1252; undefined for a font with its own /ToUnicode.
 */
function derivedTable(toUnicode: unknown): 'mac' | 'win' | undefined {
  const map = (toUnicode as { _map?: unknown } | undefined)?._map;
  if (!map || typeof map !== 'object') return undefined;
  // A few codes may differ with the pdfjs version (Ω as U+2126 or U+03A9, ¤ or €): tolerate three.
  let mac = 0;
  let win = 0;
  let high = 0;
  for (const [k, v] of Object.entries(map as Record<string, unknown>)) {
    const code = Number(k);
    if (!(code >= 0x80 && code <= 0xff) || typeof v !== 'string' || v === '' || PDFJS_WIN_VARIANTS.has(code)) continue;
    high++;
    if (v !== MAC_HIGH[code - 0x80]) mac++;
    if (v !== WIN_HIGH[code - 0x80]) win++;
  }
  if (high < 8) return undefined;
  if (mac <= 3 && mac < win) return 'mac';
  if (win <= 3 && win < mac) return 'win';
  return undefined;
}

/** Per document: decides once per font how its text is recoded, and counts converted and failed runs. */
export class PdfFontText {
  private readonly recodes = new Map<string, Recode>();
  private readonly converted = new Map<string, number>();
  private readonly failed = new Map<string, number>();
  private tcvn: TcvnDecoder | undefined;
  private tcvnLoaded = false;

  /**
   * Recodes the strings of one page in place. A font is decided on the first page where its text holds a
   * character no Unicode Vietnamese text is made of (most pages have none, and cost nothing more): only then are
   * the page's fonts loaded (`loadFonts`, pdfjs's operator list, which puts them into commonObjs) and read
   * through `fontOf(fontName)`.
   */
  async recodePage(items: { str?: string; fontName?: string }[], fontOf: (id: string) => unknown, loadFonts: () => Promise<unknown>): Promise<void> {
    const byFont = new Map<string, string[]>();
    for (const it of items) {
      if (typeof it.str !== 'string' || !it.fontName || this.recodes.has(it.fontName)) continue;
      const list = byFont.get(it.fontName) ?? [];
      list.push(it.str);
      byFont.set(it.fontName, list);
    }
    const suspects = [...byFont].filter(([, strs]) => strs.some(suspicious));
    if (suspects.length) {
      await loadFonts();
      for (const [id, strs] of suspects) this.recodes.set(id, await this.decide(fontOf(id), strs.join(' ')));
    }
    if (!this.recodes.size) return;
    for (const it of items) {
      if (typeof it.str !== 'string' || !it.fontName) continue;
      const r = this.recodes.get(it.fontName);
      if (!r || r.kind === 'none') continue;
      const out = this.apply(r, it.str);
      if (out !== undefined) it.str = out;
    }
  }

  warnings(): LoadWarning[] {
    const out: LoadWarning[] = [];
    for (const [font, n] of this.converted) out.push({ code: 'legacy-font-converted', font, count: n });
    for (const [font, n] of this.failed) out.push({ code: 'legacy-font-unconverted', font, count: n });
    return out;
  }

  private async decoder(): Promise<TcvnDecoder | undefined> {
    if (!this.tcvnLoaded) {
      this.tcvnLoaded = true;
      try {
        const iconv = (await import('iconv-lite')).default;
        this.tcvn = { decode: (b) => iconv.decode(Buffer.from(b), 'tcvn') };
      } catch {
        this.tcvn = undefined;
      }
    }
    return this.tcvn;
  }

  private async decide(obj: unknown, sample: string): Promise<Recode> {
    const f = (obj ?? {}) as PdfFontObject;
    const name = baseFontName(typeof f.name === 'string' ? f.name : '');
    if (f.composite === true || SYMBOL_FONT_RE.test(name)) return { kind: 'none' };
    const table = derivedTable(f.toUnicode);
    const byName = legacyEncodingOfFont(name);
    if (byName) {
      // A legacy font with its own /ToUnicode map (rare: some converters add one) already extracts as Unicode.
      if (!table && VIETNAMESE_RE.test(sample)) return { kind: 'none' };
      if (byName !== 'unsupported') await this.decoder();
      return { kind: 'legacy', enc: byName, from: table ?? 'win', font: name };
    }
    if (!table) return { kind: 'none' };
    const bytes = table === 'mac' ? macBytes(sample) : legacyBytes(sample);
    if (!bytes) return { kind: 'none' };
    const asWin = cp1252([...bytes]);
    const current = vietnameseScore(sample);
    // TCVN3 byte codes in a font with an ordinary name: read as TCVN3 only when that is clearly Vietnamese and
    // clearly better than the code page pdfjs or Word would use.
    const tcvn = await this.decoder();
    if (tcvn) {
      const asTcvn = tcvn.decode(Uint8Array.from(bytes));
      const score = vietnameseScore(asTcvn);
      // TCVN3 puts most toned vowels where Windows-1252 has symbols (¸ µ ¶ · ¹ ¨ © ª « ¬ ®); a Western European
      // text there has letters (é ü ß), which TCVN3 would also read as Vietnamese letters.
      if (score >= 3 && symbolShare(asWin) >= 0.3 && score > Math.max(current, vietnameseScore(asWin)) * 2 + 2) return { kind: 'legacy', enc: 'tcvn3', from: table, font: name || 'TCVN3' };
    }
    if (table === 'mac' && vietnameseScore(asWin) > current) return { kind: 'cp1252', from: 'mac' };
    return { kind: 'none' };
  }

  private apply(r: Exclude<Recode, { kind: 'none' }>, s: string): string | undefined {
    if (r.kind === 'cp1252') {
      const bytes = macBytes(s);
      return bytes ? cp1252(bytes) : undefined;
    }
    if (!/[^\s\d.,:;()/-]/u.test(s)) return s;
    // Through WinAnsiEncoding pdfjs reads TCVN3's "ư" (0xAD, a soft hyphen there) as "-": a hyphen glued to a
    // lower-case letter after it, at a word start or after a lower-case letter, is taken back for 0xAD.
    const src = r.from === 'win' && r.enc !== 'vni' ? s.replace(/(?<=^|[\s\p{Ll}])-(?=[\p{Ll}\u00a1-\u00ff])/gu, '\u00ad') : s;
    const bytes = r.from === 'mac' ? macBytes(src) : legacyBytes(src);
    const out = bytes ? convertLegacyText(latin1(bytes), r.enc, this.tcvn) : undefined;
    const bucket = out === undefined ? this.failed : this.converted;
    bucket.set(r.font, (bucket.get(r.font) ?? 0) + 1);
    return out;
  }
}
